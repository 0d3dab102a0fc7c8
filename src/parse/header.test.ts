import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { exactCount } from './header.js';
import { layoutPages, type TextItem } from './pdf-layout.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

describe('policy number: a kind of insurance between the label and its colon', () => {
  it('«Avtalenummer personalforsikring: 310 447 92» is the agreement\'s number', () => {
    expect(parse('Avtalenummer personalforsikring: 310 447 92\nAvtaleperiode: 01.01.2025 – 31.12.2025\n').policy_number).toBe('31044792');
  });
  it('two numbers of two kinds are two candidates: a warning, no number', () => {
    const p = parse('Avtalenummer personalforsikring: 31044792\nAvtalenummer skadeforsikring: 55120044\n');
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/31044792.*55120044/);
  });
});

describe('policy number: labels set over their values in two columns', () => {
  // private-holdout51/if-eiendom-forsikringsbevis-tospraklig: «Forsikringsnummer» over «SP 771 204», then «Kundenummer» over «1 004 552»
  it('a customer\'s number further down the column is no policy number', () => {
    const p = parse('Forsikringstaker                              Forsikringsnummer\nNordvik Eiendom AS                            SP 771 204\nOrg.nr.                                       Kundenummer\n998 112 334                                   1 004 552\n');
    expect(p.policy_number).toBe('SP771204');
    expect(p.warnings).toEqual([]);
  });
});

describe('policy number: the vocabulary of labels', () => {
  it.each([
    ['FORSIKRINGSNUMMER 81848035', '81848035'],
    ['Forsikringsnr.: 40218867', '40218867'],
    ['Forsikringsnr. 40218867', '40218867'],
    ['Avtalenummer SP742629', 'SP742629'],
    ['Avtalenr. 7730-118845', '7730-118845'],
    ['Avtalenr.: GR448120', 'GR448120'],
    ['Polisenummer: 6021884410', '6021884410'],
    ['Polise nr. 6021884410', '6021884410'],
    ['Forsikringsnummer\t81848035', '81848035'],
    ['Polisenummer: 602 188 4410', '6021884410'],
    // groups of digits and a prefix in capitals, also with a column after them
    ['Forsikringsnummer 52 118 9043', '521189043'],
    ['Avtalenr 6401 118 734                Dato: 07.12.23', '6401118734'],
    ['Polisenr. SB-71 0452', 'SB-710452'],
    ['Avtalenummer: SP 448 120.', 'SP448120'],
    ['Avtalenummer: 7741 2290     Side 1 av 2', '77412290'],
    ['Polisenummer: 2024-LB-11407', '2024-LB-11407'],
    // a group and its hyphenated suffix after a space are one number («NO-PR-00 71442-27»)
    ['Polisenummer:              NO-PR-00 71442-27', 'NO-PR-0071442-27'],
    ['Polisenr. SB-71 0452-3', 'SB-710452-3'],
    // «Forsikringsavtale» as a field's label before a colon
    ['Til: Sørfold kommune\nForsikringsavtale: 2027-KOM-30118\nDato: 30.11.2026', '2027-KOM-30118'],
    ['Forsikringsnr. 7730-AB-12', '7730-AB-12'],
    // a check digit of its own at the end («6003 8817 2»)
    ['Avtalenummer: 6003 8817 2', '600388172'],
    // … also where the sentence ends («… hos oss, forsikringsnummer 3312 8876 0.»: once read without its last digit)
    ['Vi skriv om husforsikringen din hos oss, forsikringsnummer 3312 8876 0.', '331288760'],
    // letters in several groups joined by hyphens, in capitals (a scheme's code, a country and a branch)
    ['Avtalenummer: KLP-YS-2025-0341', 'KLP-YS-2025-0341'],
    ['Polisenummer: NO-BRA-2024-00417', 'NO-BRA-2024-00417'],
    ['Polise: AB-2024-118-07', 'AB-2024-118-07'],
  ])('%s', (line, want) => {
    expect(parse(`${line}\nUtstedt 30.11.2023`).policy_number).toBe(want);
  });

  it('a date after a number, or a word before it, is not part of it', () => {
    expect(parse('Forsikringsnummer 81848035 01.01.2024\nUtstedt 30.11.2023').policy_number).toBe('81848035');
    // (letters set apart from the digits belong to the number only in capitals: «er» is a word)
    expect(parse('Avtalenummer er 1234 567\nUtstedt 30.11.2023').policy_number).toBeUndefined();
    expect(parse('Polise kr 10 000\nUtstedt 30.11.2023').policy_number).toBeUndefined();
  });

  it('a group of digits after the number that it could end with or not: a warning, no number', () => {
    const p = parse('Avtalenummer 6003 8817 2 Utstedt 21.05.2025');
    // (a group before a comma is such a group too: «… 3312 8876 0, og …»)
    const q = parse('Forsikringsnummer 3312 8876 0, og hytta er med.');
    expect(q.policy_number).toBeUndefined();
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('6003 8817 2') && w.includes('last digits'))).toBe(true);
  });

  it('two numbers in one sentence: a warning naming both', () => {
    const p = parse('Forsikringen med avtalenummer SP 448 120 erstatter avtalenummer SP 391 007.\nUtstedt 30.11.2023');
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('SP448120') && w.includes('SP391007'))).toBe(true);
  });

  it('is not a customer, organisation or claim number', () => {
    const p = parse('Kundenummer: 5531207\nOrg.nr.: 987 654 321\nKundenr. 118 402\nSkadenummer 2023-11881\nUtstedt 30.11.2023');
    expect(p.policy_number).toBeUndefined();
  });

  it('reads nothing from a sentence that only names the word', () => {
    expect(parse('Du får et nytt forsikringsnummer. Det medfører ingen endring.\nUtstedt 30.11.2023').policy_number).toBeUndefined();
  });

  it('two numbers: a warning naming both, and no number', () => {
    const p = parse('Avtalenummer: 2210044\nForsikring\tSum\nNæringsbygg\tkr 1 000 000\n\nAvtalenummer: 2210051\nUtstedt 30.11.2023');
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('2210044') && w.includes('2210051'))).toBe(true);
  });

  it('the same number repeated on every page is one number', () => {
    const p = parse('Avtalenummer SP742629\ntekst\n\fAvtalenummer SP742629\nUtstedt 30.11.2023');
    expect(p.policy_number).toBe('SP742629');
    expect(p.warnings).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['UTSTEDT 30.11.2023', '2023-11-30'],
    ['Utstedt dato: 29.04.2024', '2024-04-29'],
    ['Dato for utstedelse: 12.03.2025', '2025-03-12'],
    // nynorsk certificates printed from the insurer's system
    ['Skriven ut: 12.03.2025', '2025-03-12'],
    ['Utskrevet: 12.03.2025', '2025-03-12'],
    ['Dato for utferding: 12.03.2025', '2025-03-12'],
    ['Utferdiget            18. mars 2026', '2026-03-18'],
    ['Utferdigelsesdato: 02.02.2026', '2026-02-02'],
    ['Dato: 03.11.21', '2021-11-03'],
    ['Dato:             14.12.2023', '2023-12-14'],
    ['Utstedt: 3. november 2021', '2021-11-03'],
    // a renewal letter written as questions and answers dates itself under a label of its own
    ['Brevdato\n14.11.2024', '2024-11-14'],
    ['Brevdato: 14.11.2024', '2024-11-14'],
    // (private-holdout73/sparebank1-nyheter-og-endringer-nettbank, line 9: a portal's notice, its date under its label)
    ['Dato for melding\n12.01.2026', '2026-01-12'],
    ['Meldingsdato: 12.01.2026', '2026-01-12'],
    ['Dato for brevet: 14. november 2024', '2024-11-14'],
    ['Dato for brevet\n14.11.2024', '2024-11-14'],
  ])('issued: %s', (line, want) => {
    expect(parse(line).issued).toBe(want);
  });

  it.each([
    ['Fornyelse gjelder fra 01.01.2024', '2024-01-01'],
    ['Forsikringstid: 01.05.2024 - 30.04.2025', '2024-05-01'],
    ['Avtaleperiode: 01.12.21 - 30.11.22', '2021-12-01'],
    ['Gjelder fra: 01.07.2024\nGjelder til: 30.06.2025', '2024-07-01'],
    ['Forsikringsavtalen fornyes fra hovedforfall 01.01.2024.', '2024-01-01'],
    ['Hovedforfall: 01.01.2025', '2025-01-01'],
    ['Forsikringene under gjelder fra 01.01.2025.', '2025-01-01'],
    // «Gjelder» alone before a period: its first day
    ['GJELDER: 01.09.21 – 31.08.22', '2021-09-01'],
    ['Varighet: 01.03.2025 - 28.02.2026', '2025-03-01'],
    // (private-holdout71/insr-innbo-reise-leietaker, line 6: «Gyldig» over a period, and the next renewal at the letter's end)
    ['Gyldig: 01.07.2025 til 30.06.2026\n\nForsikringen fornyes automatisk 01.07.2026 dersom den ikke sies opp.', '2025-07-01'],
    ['Gyldig: 01.07.2025 - 30.06.2026', '2025-07-01'],
  ])('renewal date: %s', (line, want) => {
    expect(parse(line).renewal_date).toBe(want);
  });

  it.each([
    // renewal letters that state the renewal only in a sentence, with an adverb before the date
    ['Forsikringene fornyes automatisk 1. januar 2025, og den nye perioden varer til og med 31. desember 2025.'],
    ['Forsikringen fornyes automatisk fra 1. januar 2025.'],
    ['Forsikringene blir automatisk fornyet 1. januar 2025.'],
    ['Forsikringane dykkar vert fornya automatisk 1. januar 2025.'],
    ['Avtalen får en ny periode fra 1. januar 2025 til 31. desember 2025.'],
  ])('renewal date in prose: %s', (line) => {
    expect(parse(`Forsikringsnummer 12345678\n\n${line}`).renewal_date).toBe('2025-01-01');
  });

  it.each([
    // renewal letters that state the new period in a sentence, a verb between the period and «fra»
    ['Ny forsikringsperiode er fra 1. januar 2025 til 31. desember 2025.'],
    ['Den nye perioden er fra 1. januar 2025 til 31. desember 2025.'],
    ['Forsikringsperioden blir fra 1. januar 2025 til 31. desember 2025.'],
    ['Forsikringsperioden er fra 01.01.2025 til 31.12.2025.'],
  ])('renewal date from a period in a sentence: %s', (line) => {
    const p = parse(`Forsikringsnummer 12345678\n\n${line}`);
    expect(p.renewal_date).toBe('2025-01-01');
    expect(p.warnings).toEqual([]);
  });

  // private-holdout69/jernbanepersonalets-fornyelse-privat-2026: «Forsikringsperioden din er 1. januar 2026 til
  // 31. desember 2026, og forsikringene fornyes 1. januar 2027 dersom du ikke sier dem opp.»
  it.each([
    ['Forsikringsperioden din er 1. januar 2026 til\n31. desember 2026, og forsikringene fornyes 1. januar 2027 dersom du ikke sier dem opp.'],
    ['Avtaleperioden deres er 01.01.2026 til 31.12.2026. Avtalen fornyes 01.01.2027.'],
    ['Forsikringsperioden di er 1. januar 2026 til 31. desember 2026, og forsikringa vert fornya 1. januar 2027.'],
  ])('the reader\'s period without «fra», its end in a sentence: its first day, not the next renewal after it: %s', (line) => {
    const p = parse(`Avtalenummer: JF 55 20 411\n\n${line}`);
    expect(p.renewal_date).toBe('2026-01-01');
    expect(p.warnings).toEqual([]);
  });

  it('the reader\'s period without «fra» and without its end is no period', () => {
    expect(parse('Avtalenummer: JF 55 20 411\n\nForsikringsperioden din er 1. januar 2026 og ut året.').renewal_date).toBeUndefined();
  });

  it('a period in a sentence and a labelled period with another first day: two candidates, a warning, and none', () => {
    const p = parse('Forsikringsnummer 12345678\nForsikringsperiode: 01.02.2025 - 31.01.2026\n\nNy forsikringsperiode er fra 1. januar 2025 til 31. desember 2025.');
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/renewal date: the document states 2025-02-01 .* and 2025-01-01/);
  });

  it('a period in a sentence without its end, or the last period («var fra»): no renewal date from it', () => {
    expect(parse('Forsikringsnummer 12345678\n\nForrige forsikringsperiode var fra 1. januar 2024 til 31. desember 2024.').renewal_date).toBeUndefined();
    expect(parse('Forsikringsnummer 12345678\n\nPrisen i perioden er fra 1. januar 2025 endret.').renewal_date).toBeUndefined();
  });

  it('a labelled renewal date and another in prose: two candidates, a warning, and none', () => {
    const p = parse('Forsikringsnummer 12345678\nFornyelsesdato: 01.02.2025\n\nForsikringene fornyes automatisk 1. januar 2025.');
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('2025-02-01');
  });

  it('«gjelder» before one date (no period) dates something else: no renewal date', () => {
    expect(parse('Forsikringsnummer 12345678\nDen nye egenandelen gjelder 01.01.2025.').renewal_date).toBeUndefined();
  });

  it('a number in groups that ends its cell, over a row whose cell there is a group of digits (a PDF cell wrapped at row pitch): a warning, not the digits above', () => {
    const p = parse('Polisenummer: 6611 450\tOslo, 3. mars\n278\t2025\n');
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('policy number: «6611 450» may go on in the line below («278»); not read');
    // a number written without spaces cannot wrap: read
    expect(parse('Polisenummer: 6611450278\tOslo, 3. mars\n278\t2025\n').policy_number).toBe('6611450278');
  });

  it('two fields a PDF set in one cell («Utstedt Forsikringsperiode» / «09.01.2026 15.01.2026 - 14.01.2027»): the period unread, so the index\'s date is no renewal date either', () => {
    // (private-holdout78/enter-forsikringsbevis-tokolonne's LibreOffice PDF, line 3; the index sentence as its lines 31–32)
    const p = parse('Forsikringsnummer\tEN-30017786\nUtstedt Forsikringsperiode\t09.01.2026 15.01.2026 - 14.01.2027\n\nIndeksregulering\nForsikringssummene for hus er regulert med 3,4 % fra 01.01.2026.');
    expect(p.renewal_date).toBeUndefined();
    expect(p.index_regulation?.effective).toBe('2026-01-01');
    expect(p.warnings.join('\n')).toMatch(/renewal date: «Forsikringsperiode» is followed by a date and then a period/);
  });

  it('a period label over another column\'s date and the period («Forsikringstid» / «18.11.2024 01.01.2025 - 31.12.2025»): a warning, not the first date', () => {
    const p = parse('Forsikringsnummer Utstedt    Forsikringstid\n92 417 3608       18.11.2024 01.01.2025 - 31.12.2025');
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/renewal date: «Forsikringstid» is followed by a date and then a period/);
  });

  it('labels run together ending in «Hovedforfall» beside a date and then a period: a warning, not the first date', () => {
    // (a WeasyPrint PDF of a web page's header cell: «Utstedt Forsikringsperiode Hovedforfall» | «03.01.2025 01.03.2025 - 28.02.2026 1. mars»)
    const p = parse('Forsikringsnummer\t84412076\nUtstedt Forsikringsperiode Hovedforfall\t03.01.2025 01.03.2025 - 28.02.2026 1. mars\n');
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/renewal date: «Hovedforfall» is followed by a date and then a period/);
  });

  it('a Hovedforfall the day after the period ends is the next renewal, not a second candidate', () => {
    const p = parse('Forsikringstid: 01.05.2024 - 30.04.2025\nHovedforfall: 01.05.2025');
    expect(p.renewal_date).toBe('2024-05-01');
    expect(p.warnings).toEqual([]);
  });

  it('a period start and another Hovedforfall: the period is used, and the warning names both', () => {
    const p = parse('Forsikringstid: 01.05.2024 - 30.04.2025\nHovedforfall: 01.01.2025');
    expect(p.renewal_date).toBe('2024-05-01');
    expect(p.warnings.join('\n')).toMatch(/2024-05-01.*2025-01-01/);
  });

  it('a renewal phrase the day after the stated period ends is the next renewal: the period\'s first day is used', () => {
    const p = parse('Forsikringsperiode:        01.01.2027 00:00 - 31.12.2027 24:00\nSummene er faste i perioden. Ny verdivurdering skal foreligge ved fornyelse 01.01.2028.');
    expect(p.renewal_date).toBe('2027-01-01');
    expect(p.warnings.join('\n')).not.toMatch(/renewal date/);
  });

  it('«Fornyes» a year after «Gjelder fra» is the next renewal: the first day is used', () => {
    const p = parse('Gjelder fra: 01.01.2027\nFornyes: 01.01.2028');
    expect(p.renewal_date).toBe('2027-01-01');
    expect(p.warnings.join('\n')).not.toMatch(/renewal date/);
  });

  it('a renewal phrase and another period\'s first day cannot be told apart: both named, none used', () => {
    const p = parse('Gjelder fra: 01.01.2027\nFornyes: 01.06.2027');
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/renewal date: the document states .*2027-0[16]-01.*2027-0[16]-01/);
  });

  it('a law that takes effect is not a renewal', () => {
    expect(parse('Endringen trer i kraft 1. januar 2025, sammen med en ny forskrift.\nUtstedt 30.11.2023').renewal_date).toBeUndefined();
  });
});

describe('G: any word order, across a sentence break', () => {
  it.each([
    ['G=Folketrygdens grunnbeløp, for tiden kr 118.620', '118620'],
    ['1G utgjør 106 399 kr', '106399'],
    ['Erstatningene er fastsatt i folketrygdens grunnbeløp. 1 G tilsvarer 118 620 kr (per 1. mai 2023).', '118620'],
    ['Grunnbeløpet i folketrygden (G) blir justert hvert år, og forsikringssummene følger med. Fra 1. mai 2024 er det 124 028 kroner.', '124028'],
    ['Fra 1.mai 2023 utgjør grunnbeløpet: 118 620,-.', '118620'],
    ['Grunnbeløpet (G) er per 1. mai 2022 kr. 111 477. Satsen oppdateres i mai hvert år.', '111477'],
    ['Grunnsummen (G) er per 1. mai 2018 kr. 96 883.', '96883'],
    ['1 G er 118.620 kroner per 01.05.2023.', '118620'],
    ['Gjeldende grunnbeløp (med virkning fra 1. mai 2023) er 118 620 kroner.', '118620'],
    // (last year's G, said to compare, is no second G)
    ['Grunnbeløpet i folketrygden (G) er regulert fra 1. mai 2025. Nytt grunnbeløp er kr 130 160, mot kr 124 028 fra 1. mai 2024.', '130160'],
    ['Fra 1. mai 2025 er grunnbeløpet kr 130 160 (tidligere kr 124 028).', '130160'],
    // (private-holdout50/fremtind-g-regulering-personal-2025, line 14: «Fra 1. mai 2025 er G kr 130 160» over «(før: kr 124 028).»)
    ['Fra 1. mai 2025 er G kr 130 160\n(før: kr 124 028).', '130160'],
    // (private-holdout73/storebrand-nytt-grunnbelop-personalforsikringer, line 13: the figure the rise started from)
    ['Folketrygdens grunnbeløp (G) ble regulert 1. mai 2025. G er nå kr 130 160, opp fra\nkr 124 028. Erstatningene følger med.', '130160'],
    ['Grunnbeløpet er økt fra kr 124 028 til kr 130 160 fra 1. mai 2025.', '130160'],
    // (a broker's e-mail: «Fra 1. mai 2025 er 1 G = kr 130 160» over «(fra kr 124 028).»: the bracket's «fra» is last year's G)
    ['Fra 1. mai 2025 er 1 G = kr 130 160\n(fra kr 124 028). Summene følger G.', '130160'],
    ['Grunnbeløpet (G) er no 130 160 kroner, auka frå 124 028 kroner.', '130160'],
    // (a member's letter: «Grunnbeløpet er nå 130 160 kroner.» over «(Fra 1. mai 2024 til 30. april 2025 var G 124 028 kroner.)»)
    ['Grunnbeløpet er nå 130 160 kroner.\n(Fra 1. mai 2024 til 30. april 2025 var G 124 028 kroner.)', '130160'],
  ])('%s', (line, want) => {
    expect(parse(line).base_amount_g).toBe(want);
  });

  it('an increase, an average or a multiple of G is not G', () => {
    expect(parse('Fra 1. mai økte G med 1,14 prosent, det vil si 1.058 kroner.\nUtstedt 30.11.2023').base_amount_g).toBeUndefined();
    expect(parse('Grunnbeløpet er 56 861 kroner pr. år fra 1. mai 2003. Gjennomsnittlig G for 2003 er 55 964 kroner.').base_amount_g).toBe('56861');
    expect(parse('Ménerstatning 7,25 G (203.000 kr) og 4,5 G (126.000 kr).\nUtstedt 30.11.2023').base_amount_g).toBeUndefined();
    // (private-holdout56/storebrand-yrkesskade-grunnbelop, line 29: «Utvidet mén 1–14 %   0,75 G  (tilsv. kr 97 620)»)
    expect(parse('G er nå kr 130 160.\n\nYtelse\tForsikringssum\nUtvidet mén 1–14 %\t0,75 G  (tilsv. kr 97 620)\n').base_amount_g).toBe('130160');
  });

  it('«neste hovedforfall» in a G letter\'s sentence is the next renewal: no renewal date', () => {
    // (a letter of the new G in May: «Summene øker derfor automatisk, uten at premien endres før neste hovedforfall 1/1-26.»)
    const p = parse('Grunnbeløpet er kr 130 160 fra 1. mai 2025.\nSummene følger G, og prisen står fast til neste hovedforfall 1/3-26.\n');
    expect(p.renewal_date).toBeUndefined();
    expect(p.base_amount_g).toBe('130160');
    expect(parse('Hovedforfall: 01.03.2026\n').renewal_date).toBe('2026-03-01');
  });

  it('a number joined to another by a hyphen (a policy number) is no G', () => {
    // (a broker's overview: «Forsikring  Selskap  Polisenr.  Forsikringssum …» over «Gruppeliv  Tryg  6508-330122  10 G …»)
    const table = 'Forsikring       Selskap     Polisenr.       Forsikringssum     Premie\n' +
      'Yrkesskade       Tryg        4410-228117     Iht. lov           51 300\n' +
      'Gruppeliv        Tryg        4410-228118     10 G               33 800\n';
    expect(parse(table).base_amount_g).toBeUndefined();
    expect(parse('Avtale 77-131045: 1 G er kr 130 160.').base_amount_g).toBe('130160');
  });

  it('two different G: a warning naming both', () => {
    const p = parse('1 G er 118.620 kroner per 01.05.2023.\n\nGrunnbeløpet er 124 028 kroner fra 1. mai 2024.');
    expect(p.base_amount_g).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/118620.*124028/);
  });
});

describe('insurer: from the list of non-life insurers, not the word before the name', () => {
  it.each([
    ['Med vennlig hilsen Marit Øien Gjensidige Forsikring ASA', 'Gjensidige'],
    ['If Skadeforsikring NUF, Foretaksregisteret', 'If'],
    ['Tryg Forsikring, filial av Tryg Forsikring A/S, Danmark', 'Tryg'],
    ['Storebrand Livsforsikring AS', 'Storebrand'],
    ['KLP Skadeforsikring AS', 'KLP'],
    ['Frende Skadeforsikring AS                                   Forsikringsbevis', 'Frende'],
    ['Hilsen Nordvik Forsikring ASA', 'Nordvik'],
    ['Med vennlig hilsen Kari Lie Skogbrand Forsikringsselskap Gjensidig', 'Skogbrand'],
    ['Hilsen Vestbygd Forsikringsselskap Gjensidig', 'Vestbygd'],
    ['Med helsing Hjelmeland Brannkasse', 'Hjelmeland Brannkasse'],
    // a local fire mutual named «branntrygdelag», in a footer and as a letterhead prints it in capitals
    ['Hol Branntrygdelag, 3576 Hol – org.nr. 970 123 456', 'Hol Branntrygdelag'],
    ['HOL BRANNTRYGDELAG', 'Hol Branntrygdelag'],
    // a mutual of two municipalities: both places are its name
    ['Med helsing Surnadal og Rindal Branntrygdelag', 'Surnadal og Rindal Branntrygdelag'],
    ['SURNADAL OG RINDAL BRANNTRYGDELAG', 'Surnadal og Rindal Branntrygdelag'],
    // the pension and group insurance company of a city's employees, by its legal name in a footer
    ['Oslo Pensjonsforsikring AS, Postboks 355 Sentrum, 0101 Oslo', 'Oslo Pensjonsforsikring'],
    // a branch of another company: the branch is the insurer, not the company it belongs to
    ['CODAN FORSIKRING\nCodan Forsikring, filial av Tryg Forsikring A/S', 'Codan'],
    // a company that writes its short name in capitals and not: both are its name, not the word after it
    ['Knif Trygghet Forsikring AS\nMøllergata 39, 0179 Oslo', 'KNIF Trygghet'],
  ])('%s', (line, want) => {
    expect(parse(`${line}\nUtstedt 30.11.2023`).insurer).toBe(want);
  });

  it("a broker's list of companies names no insurer: a warning names them", () => {
    const p = parse('Forsikring\tSelskap\tÅrspremie\nNæringsbygg\tIf\tkr 41 200\nEiendeler\tIf\tkr 6 850\nYrkesskade\tGjensidige\tkr 28 400\nUtstedt 30.11.2023');
    expect(p.insurer).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/insurer: the document names «If» and «Gjensidige»; none is used/);
  });
  it('a body that is not an insurer, or a name once without its company form, is not the insurer', () => {
    expect(parse('Norsk Naturskadepool fastsetter satsen.\nUtstedt 30.11.2023').insurer).toBeUndefined();
    expect(parse('Takk for at dere valgte If.\nUtstedt 30.11.2023').insurer).toBeUndefined();
  });
  it('a company whose bare name is a word of the field («Landbruksforsikring») is weak without its company form', () => {
    // «Vilkår» / «Landbruksforsikring LA-2024, Generelle vilkår G-2023»: the conditions of a farm insurance, not a second insurer
    const p = parse('Gjensidige Forsikring ASA\nForsikringsnummer 91204887\nUtstedt 30.11.2023\n\nVilkår\nLandbruksforsikring LA-2024, Generelle vilkår G-2023 og\nNaturskadeforsikringsloven.');
    expect(p.insurer).toBe('Gjensidige');
    expect(p.warnings.join('\n')).not.toMatch(/insurer/);
    expect(parse('Landbruksforsikring AS\nUtstedt 30.11.2023').insurer).toBe('Landbruksforsikring');
  });
});

describe('insured persons, counted exactly', () => {
  it('reads the count from its digits', () => {
    expect(exactCount('659')).toBe(659);
    expect(exactCount('9 007 199 254 740 991')).toBe(9007199254740991);
    expect(exactCount('9007199254740993')).toBe('too large');
  });
  it('refuses a count beyond 2^53 − 1 with a warning, never rounds it', () => {
    const p = parse('Antall forsikrede: 9007199254740993\nUtstedt 30.11.2023');
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/9007199254740993.*not read/);
  });
  it('reads persons and årsverk in a sentence', () => {
    expect(parse('Forsikringen omfatter 14 ansatte, til sammen 12,6 årsverk.').insured_persons).toEqual({ count: 14, fte: '12.6' });
  });
  it('two «Label: value» pairs on one line: each label takes the figure after it', () => {
    // (a certificate's line «Antall ansatte: 23     Årsverk: 21,5»: 23 is the count, never the årsverk)
    expect(parse('Antall ansatte: 23     Årsverk: 21,5\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 23, fte: '21.5' });
    expect(parse('Antall ansatte: 23 Årsverk: 21,5\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 23, fte: '21.5' });
    // (labels and values lined up by spaces, no colons: «Årsverk» is the label of 15,4)
    expect(parse('Antall ansatte        17                   Årsverk     15,4\nUtstedt 03.12.2025').insured_persons).toEqual({ count: 17, fte: '15.4' });
    // (nynorsk with the definite noun, «Talet på tilsette:   17» over «Årsverk:   15,4»)
    expect(parse('Talet på tilsette:   17\nÅrsverk:             15,4\nUtferda 24.11.2026').insured_persons).toEqual({ count: 17, fte: '15.4' });
    // (a letter's sentence: «Ved fornyelsen er 64 ansatte forsikret.»; not a limit, «minst 10 ansatte forsikret»)
    expect(parse('Ved fornyelsen er 64 ansatte forsikret.\nUtstedt 30.10.2025').insured_persons).toEqual({ count: 64 });
    expect(parse('Ved fornyinga er 41 tilsette med i ordninga.\nUtferda 30.10.2025').insured_persons).toEqual({ count: 41 });
    expect(parse('Avtalen krever minst 10 ansatte forsikret.\nUtstedt 30.10.2025').insured_persons).toBeUndefined();
    // (the other way round: «21,5 Antall ansatte» is no count of 5)
    expect(parse('Antall årsverk: 21,5     Antall ansatte: 23\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 23, fte: '21.5' });
  });
  it('nynorsk «Tal tilsette» and «Tal årsverk» with a thousands space: never read as 0', () => {
    // (a municipality's certificate: «Tal tilsette: 1 412           Tal årsverk: 1 184,6»)
    expect(parse('Tal tilsette: 1 412           Tal årsverk: 1 184,6\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 1412, fte: '1184.6' });
    expect(parse('Tal tilsette: 1 412\nTal årsverk: 1 184,6\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 1412, fte: '1184.6' });
  });
  it('the suffix of a number before «Tilsette …» is no count', () => {
    expect(parse('Forsikring\tForsikringsnummer\tForsikringsstad\tForsikringssum\tEigenandel\tÅrspris\nYrkesskade\t5841207-07\tTilsette i Lund kommune\tEtter lov\t–\t41 260\nUtstedt 14.11.2025').insured_persons).toBeUndefined();
  });
  it('full-time equivalents without a count: a warning, never a count of 0', () => {
    const p = parse('Tal årsverk: 1 184,6\nUtstedt 14.11.2025');
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/Tal årsverk: 1 184,6.*no count of insured persons; not read/);
  });
  it('members or insured counted in a sentence; a limit of the terms is no count', () => {
    // (a group life certificate: «Avtalen har 41 medlemmer per 1. januar 2026.»)
    expect(parse('Avtalen har 41 medlemmer per 1. januar 2026.\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 41 });
    expect(parse('Ved fornyelsen var det 118 forsikrede i ordningen.\nUtstedt 14.11.2025').insured_persons).toEqual({ count: 118 });
    expect(parse('Gruppen må ha minst 10 medlemmer for at avtalen skal gjelde.\nUtstedt 14.11.2025').insured_persons).toBeUndefined();
  });
  it('a portal\'s cards: «Antall forsikrede ansatte» over «27», «Årsverk» over «24,6»', () => {
    expect(parse('Avtalenummer\nSB-4410078\nAntall forsikrede ansatte\n27\nÅrsverk\n24,6\n').insured_persons).toEqual({ count: 27, fte: '24.6' });
  });
  it('årsverk stated with no count of persons is not a count of 0: a warning', () => {
    // (the model's insured persons need a count; «0» would be a wrong value)
    const p = parse('Årsverk: 24,6\nUtstedt 14.11.2025');
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/24,6.*no count/);
  });
});

describe('header fields under other layouts', () => {
  it('upper-case labels, several label/value pairs on one line', () => {
    const p = parse('FORSIKRINGSBEVISNR. 5512907   DATO 03.10.2024   NESTE HOVEDFORFALL 01.01.2025\nForsikringsperiode: 01.01.2024 - 31.12.2024');
    expect(p.policy_number).toBe('5512907');
    expect(p.issued).toBe('2024-10-03');
    // («Neste hovedforfall» is the next renewal: the period's first day is this one)
    expect(p.renewal_date).toBe('2024-01-01');
  });

  it('«key;value» lines of a spreadsheet export', () => {
    const p = parse('Polisenr. hos selskapet;71204455\nNy periode;01.02.2024-31.01.2025\nUtarbeidet;11.01.2024\nAntall ansatte;12');
    expect(p.policy_number).toBe('71204455');
    expect(p.renewal_date).toBe('2024-02-01');
    expect(p.issued).toBe('2024-01-11');
    expect(p.insured_persons).toEqual({ count: 12 });
  });

  it('a row of labels over a row of values: each label with the value under it', () => {
    const p = parse('Avtalenummer     Utstedt        Hovedforfall\n50177312         03.12.2024     01.01.2025');
    expect(p.policy_number).toBe('50177312');
    expect(p.issued).toBe('2024-12-03');
    expect(p.renewal_date).toBe('2025-01-01');
    expect(p.warnings).toEqual([]);
  });

  it('a row of labels over a row of words is not paired', () => {
    const p = parse('Utstedt     Hovedforfall\nse under    se under\nAvtalenummer 5017731');
    expect(p.issued).toBeUndefined();
  });

  it('the agreement number in brackets inside a sentence', () => {
    expect(parse('Vi bekrefter forsikringen i Tryg Forsikring (avtalenr. 4471-2290) fra i dag.\nDato: 01.02.2025').policy_number).toBe('4471-2290');
  });
});

describe('the insurer, not the broker or the agent', () => {
  it('a broker named more often than the insurer is not the insurer', () => {
    const p = parse('Söderberg & Partners\nMegler: Söderberg & Partners\nForsikringsselskap: Fremtind Forsikring AS\nSöderberg & Partners, Oslo\nAvtalenummer 5017731');
    expect(p.insurer).toBe('Fremtind');
  });

  it('an agent («Vardia», «… er agent for») is not the insurer', () => {
    expect(parse('Vardia Forsikring AS – agent for Protector Forsikring ASA\nVardia, Postboks 1\nAvtalenummer 5017731').insurer).toBe('Protector');
    expect(parse('Nordhavn Forsikring AS er agent for Codan Forsikring AS.\nNordhavn Forsikring AS\nAvtalenummer 5017731').insurer).toBe('Codan');
  });

  it('an insurer that signs «på vegne av» the bank that sells its insurance is the insurer', () => {
    expect(parse('Fremtind Forsikring AS\nPostboks 778 Sentrum\n\nAvtalenummer 5017731\n\nMed vennlig hilsen\nFremtind Forsikring AS\npå vegne av SpareBank 1 Østlandet\n').insurer).toBe('Fremtind');
  });

  it('a company that runs the insurance «på vegne av» the insurer is not the insurer', () => {
    const administered = 'Forsikringsgiver er Insr Insurance Group ASA. Forsikringene administreres av Rein Forsikring AS på vegne av forsikringsgiver.\n\nAvtalenummer 5017731';
    expect(parse(administered).insurer).toBe('Insr Insurance Group');
    expect(parse('Nordhavn Forsikring AS på vegne av Codan Forsikring AS\nAvtalenummer 5017731').insurer).toBe('Codan');
    expect(parse('Forsikringen formidles av Nordhavn Forsikring AS. Forsikringsgiver: Tryg Forsikring\nAvtalenummer 5017731').insurer).toBe('Tryg');
  });

  it('the short name of an insurer whose legal name says what it insures, and the state scheme of staff insurance', () => {
    // «Forsikringsgiver er Agria Dyreforsikring, filial av Agria Djurförsäkring» (a pet insurer's certificate)
    expect(parse('Forsikringsgiver er Agria Dyreforsikring\nPolisenummer: 6021884410').insurer).toBe('Agria');
    // staff certificates of state employees: group life and occupational injury from Statens pensjonskasse
    expect(parse('Statens pensjonskasse\nYrkesskadeforsikring for statsansatte\nAvtalenummer 5017731').insurer).toBe('Statens pensjonskasse');
  });

  it('the brand alone in capitals, as a logo or a signature writes it', () => {
    // «Med vennlig hilsen HELP Forsikring AS» — the legal name with the brand as the logo sets it
    expect(parse('Med vennlig hilsen\nHELP Forsikring AS\nAvtalenummer 5017731').insurer).toBe('Help Forsikring');
    expect(parse('Forsikringsgiver er TRYG Forsikring.\nAvtalenummer 5017731').insurer).toBe('Tryg');
  });

  it('two insurers sharing a risk: a warning naming both, none used', () => {
    const p = parse('Forsikringen er delt mellom Storebrand Livsforsikring AS (60 %) og Danica Pensjonsforsikring AS (40 %).');
    expect(p.insurer).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«Storebrand» and «Danica»; none is used/);
  });
});

describe('insured persons: a bracket after the label that says whose count it is', () => {
  // (private-holdout96/klp-forsikringsavtale-kommune-2025: «Antall ansatte (hovedtariffavtalen)   540» over «Antall årsverk   412,6»)
  it('«Antall ansatte (hovedtariffavtalen)   540», a row with no colon: the count, and the full-time equivalents under it', () => {
    const p = parse('Forsikringsbevis  Yrkesskade\nAntall ansatte (hovedtariffavtalen)                         540\nAntall årsverk                                            412,6\n');
    expect(p.insured_persons).toEqual({ count: 540, fte: '412.6' });
  });
  it('a bracket with a figure in it names no such count: «Antall ansatte (per 1.1.2025)   540» is left as it was', () => {
    const p = parse('Forsikringsbevis  Yrkesskade\nAntall ansatte (per 1.1.2025)                         540\n');
    expect(p.insured_persons?.count).not.toBe(2025);
  });
});

describe('insured persons stated twice', () => {
  it('with different counts: a warning naming both, and no count', () => {
    const p = parse('Antall ansatte: 40\n\nYrkesskade\n\nForsikringen omfatter 38 ansatte.');
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/insured persons: the document states 40 .* and 38 .*; none is used/);
  });

  it('with the same count: read once, no warning', () => {
    const p = parse('Antall ansatte: 40\n\nForsikringen omfatter 40 ansatte.');
    expect(p.insured_persons).toEqual({ count: 40 });
    expect(p.warnings).toEqual([]);
  });
});

describe('the insurer named by the words before it', () => {
  it('«Forsikringsgiver er Storebrand»: a bare name there carries the risk', () => {
    expect(parse('Gruppelivsforsikring for medlemmer. Forsikringsgiver er Storebrand.\nAvtalenummer 5017731').insurer).toBe('Storebrand');
    expect(parse('Forsikringsselskap;Tryg\nAvtalenummer 5017731').insurer).toBe('Tryg');
  });

  it('a bare name named once, without such words, is not enough', () => {
    expect(parse('Vi samarbeider blant annet med Tryg.\nAvtalenummer 5017731').insurer).toBeUndefined();
  });
});

describe('letterheads and datelines run on', () => {
  const body = '\n\nFornyelse av forsikringene\nAvtalenummer: 30 1122 7\nForsikringene fornyes 1. januar 2025.\n';
  it('a legal name broken over two lines («KLP» / «Skadeforsikring AS, Postboks …»)', () => {
    expect(parse(`KLP\nSkadeforsikring AS, Postboks 400 Sentrum, 0103 Oslo${body}`).insurer).toBe('KLP');
    expect(parse(`Kommunal\nLandspensjonskasse gjensidig forsikringsselskap${body}`).insurer).toBe('KLP');
  });
  it('no name across a blank line', () => {
    // (not under a closing greeting: «Med hilsen» / «KLP» is a signature of its own, read as the sender)
    expect(parse(`Kontakt\nKLP\n\nSkadeforsikring AS er en del av konsernet${body}`).insurer).toBeUndefined();
  });
  it('a dateline at the end of a line of the letterhead, one space after its text', () => {
    expect(parse(`Til skogeiere med forsikring i Skogbrand Trondheim, 4. desember 2024${body}`).issued).toBe('2024-12-04');
  });
  it('not a date after a word of another date («Hovedforfall, 1. januar 2025»)', () => {
    expect(parse(`Eika Forsikring AS\nNeste hovedforfall, 1. januar 2026${body}`).issued).toBeUndefined();
  });
});

describe('a forwarded e-mail', () => {
  // the insurer's message quoted behind «> » in a customer's forward (written after renewal e-mails)
  const mail = ['Fra: Kari Nilsen <kari@bakeri.no>', 'Til: megler@eksempel.no', 'Emne: VS: Fornyelse 2025', '', '> Avtalenummer: 7734 2210', '> Fornyelse: 01.02.2025'].join('\n');
  it('«> Fornyelse: 01.02.2025»: the renewal date, traced to the line of the file', () => {
    const p = extractPolicy(textToSource(mail, 'doc.txt', '0'.repeat(64)), { trace: true });
    expect(p.renewal_date).toBe('2025-02-01');
    expect(p.policy_number).toBe('77342210');
    expect(p.trace?.renewal_date?.line).toBe(6);
  });
  it('«Neste fornyelse: 01.02.2026» is the next renewal, not this one', () => {
    expect(parse('Avtalenummer: 7734 2210\nNeste fornyelse: 01.02.2026').renewal_date).toBeUndefined();
  });
  // docs/frende-min-side-bobil-2026, a web page's card: «Neste fornyelse» over «01.09.2025»
  it('a card\'s «Neste fornyelse» over its date is the renewal date where nothing else states one', () => {
    expect(parse('Avtalenummer\nKB-20417\nNeste fornyelse\n01.09.2025').renewal_date).toBe('2025-09-01');
    expect(parse('Avtalenummer\nKB-20417\nFornyelsesdato: 01.01.2025\nNeste fornyelse\n01.01.2026').renewal_date).toBe('2025-01-01');
  });
  // docs/sparebank1-app-kort-bat-bil-2026, an app's card: «Neste fornyelse 01.04.2026», label and date side by side
  it('a card\'s «Neste fornyelse 01.04.2026» without a colon is read as the field over its date', () => {
    expect(parse('Båtforsikring Pluss\nAvtale 5102 7734\nNeste fornyelse 01.04.2026').renewal_date).toBe('2026-04-01');
    expect(parse('Fornyelsesdato: 01.01.2026\nNeste fornyelse 01.01.2027').renewal_date).toBe('2026-01-01');
  });
});

describe('policy number after a tab, and in an e-mail subject', () => {
  // «Avtalenr.	FBF 204 118 37»: letters and groups of digits after a tab (test/corpus/docs/brannkasse-forsikringsbevis-2026.txt)
  it('letters and digit groups after a tab are the number', () => {
    expect(parse('Avtalenr.\tFBF 204 118 37\nForsikringstid:\t01.01.2026 - 31.12.2026\n').policy_number).toBe('FBF20411837');
  });
  // «Avtalenr.» on its line, «	FBF 204 118 37» set in by a tab on the next (the label over its value)
  it('the label alone on its line, its abbreviation dot kept, the value on the next line set in by a tab', () => {
    expect(parse('Avtalenr.\nFBF 204 118 37\nForsikringstid:\t01.01.2026 - 31.12.2026\n').policy_number).toBe('FBF20411837');
    expect(parse('Avtalenr.\n\tFBF 204 118 37\nForsikringstid:\t01.01.2026 - 31.12.2026\n').policy_number).toBe('FBF20411837');
  });
  // «Emne: Fornyelse av avtale 7730215» (a renewal, test/corpus/docs/eika-epost-fornyelse-avtale-2026.txt)
  it('a number after «avtale» in the subject, when no label names one', () => {
    const p = parse('Til: ola.hansen@epost.example\nEmne: Fornyelse av avtale 7730215\n\nHei Ola,\n\nForsikringene dine fornyes fra 01.01.2026.\n');
    expect(p.policy_number).toBe('7730215');
    expect(p.warnings).toEqual([]);
  });
  it('a subject typed in lower case, the letters joined to the digits: «Emne: fornyelse avtale lk4481907» (test/corpus/docs/landkreditt-epost-etikettavsnitt-2025)', () => {
    const p = parse('Til: post@nordgard.example\nEmne: fornyelse avtale lk4481907\n\nHei,\n\nForsikringene dine fornyes fra 01.04.2025.\n');
    expect(p.policy_number).toBe('LK4481907');
    expect(p.warnings).toEqual([]);
  });
  it('«forsikring» and a number of hyphenated groups in the subject: «Emne: … - forsikring 40-2281-675»', () => {
    const p = parse('Frå: Frende Forsikring <kundeservice@frende.no>\nEmne: Naturskadepremien aukar frå 1. januar 2027 - forsikring 40-2281-675\n\nHei Sigrid,\n');
    expect(p.policy_number).toBe('40-2281-675');
  });
  it('a letter\'s heading: «Deres forsikringsavtale 9171 446 203 fornyes 1. januar 2027»', () => {
    const p = parse('Tryg Forsikring\nPostboks 7070, 5020 Bergen\n\nSpikkestad, 20. november 2026\n\nDeres forsikringsavtale 9171 446 203 fornyes 1. januar 2027\n\nHei,\n');
    expect(p.policy_number).toBe('9171446203');
  });
  it('a sentence with the definite label: «Polisenummeret hos HDI er 70-1109-448-2, og …»', () => {
    const p = parse('Hei Jonas,\n\nher er hovedpunktene fra fornyelsen. Polisenummeret hos HDI er 70-1109-448-2, og forsikringen\nfornyes 01.01.2026 for ett år.\n');
    expect(p.policy_number).toBe('70-1109-448-2');
    expect(parse('Avtalenummeret ditt er 7730215.\nForsikringene fornyes 01.01.2026.\n').policy_number).toBe('7730215');
  });
  it('a labelled number wins; a year or a date after «avtale» is no number', () => {
    expect(parse('Emne: Fornyelse av avtale 9876543\n\nAvtalenummer: 5512300\n').policy_number).toBe('5512300');
    expect(parse('Emne: Din avtale 2025\nForsikringsperiode: 01.01.2025 - 31.12.2025\n').policy_number).toBeUndefined();
    expect(parse('Emne: Avtalen 01.01.2025\nForsikringsperiode: 01.01.2025 - 31.12.2025\n').policy_number).toBeUndefined();
  });
});

describe('policy number: six capitals before groups of digits, in the field and in a forward\'s subject', () => {
  // a forwarded renewal: «Emne: VS: Fornyelse 2025 – polise NOCASA 118 204» over the forwarder's note, the
  // same subject in the insurer's headers, then the field «Polisenummer: NOCASA 118 204»
  const MAIL = (subject: string): string =>
    `Fra: Jonas Kvale\nSendt: 12. mars 2025 09:14\nEmne: VS: Fornyelse 2025 – polise ${subject}\n\nHei Kari,\n\n-----Opprinnelig melding-----\nFra: Fornyelse\nSendt: 10. mars 2025 14:02\nEmne: Fornyelse 2025 – polise ${subject}\n\nPolisenummer: NOCASA 118 204\nForsikringstaker: Bakeriet Nord AS\n`;
  it('«Polisenummer: NOCASA 118 204» is read, the subjects agreeing; nothing left unread', () => {
    const p = parse(MAIL('NOCASA 118 204'));
    expect(p.policy_number).toBe('NOCASA118204');
    expect(p.warnings).toEqual([]);
  });
  it('a subject that states another number: two candidates, a warning, none picked', () => {
    const p = parse(MAIL('NOCASA 118 999'));
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings?.some((w) => w.includes('NOCASA118204') && w.includes('NOCASA118999'))).toBe(true);
  });
  it('a word in lower case before the digits is no part of the number', () => {
    expect(parse('Polisenummer: endres 118 204\n').policy_number).toBeUndefined();
  });
});

describe('insurer: a name alone on a line of the letterhead', () => {
  // «Fjellbygd Forsikring» alone at the top of a certificate of a local company the list does not have
  // (test/corpus/docs/brannkasse-forsikringsbevis-2026.txt)
  it('«<Name> Forsikring», «<Name> Brannkasse», «<Name> Gjensidige» on the first lines, when nothing else names one', () => {
    expect(parse('Fjellbygd Forsikring\nPostboks 44, 2690 Skjåk\nTelefon 61 21 40 00\n\nFORSIKRINGSBEVIS\nAvtalenr.\tFBF 204 118 37\n').insurer).toBe('Fjellbygd');
    expect(parse('Indre Sogn Brannkasse\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBe('Indre Sogn Brannkasse');
    expect(parse('Tysnes Gjensidige\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBe('Tysnes Gjensidige');
  });
  it('a heading is no name («Din Forsikring», «Reise Forsikring»); a listed company named elsewhere wins', () => {
    expect(parse('Din Forsikring\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBeUndefined();
    expect(parse('Reise Forsikring\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBeUndefined();
    expect(parse('Sunndal Forsikring\n\nForsikringsgiver er Fremtind Forsikring AS.\nAvtalenr.\t55123456\n').insurer).toBe('Fremtind');
  });
  it('two such lines that differ: a warning, no insurer', () => {
    const p = parse('Sunndal Forsikring\nNordfjord Forsikring\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n');
    expect(p.insurer).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«Sunndal» and «Nordfjord»/);
  });
});

describe('insurer: a long or legal name, and the letterhead forms after it, give the short name of the list', () => {
  it.each([
    // «Insr Insurance Group ASA, Postboks …» in the footer of a certificate
    ['Insr Insurance Group ASA, Postboks 126 Bryn, 0611 Oslo', 'Insr Insurance Group'],
    ['Med vennlig hilsen\nInsr Forsikring AS', 'Insr'],
    ['Gouda Reiseforsikring AS, Norway branch', 'Gouda'],
    ['Chubb European Group SE, Norway branch, Postboks 1548 Vika', 'Chubb European Group'],
    ['Forsikringsgiver: AIG Europe S.A., Norway branch', 'AIG Europe'],
    // (two companies of one group: each by its own name)
    ['HDI Global Specialty SE, Norway Branch', 'HDI Global Specialty'],
    ['HDI Global SE, Norway Branch', 'HDI Global'],
    // (Gard's insurer in the EEA, a letterhead under the brand «GARD»: the bracket is part of the company's name)
    ['GARD\nGard Marine & Energy Insurance (Europe) AS · Kittelsbuktveien 31, 4836 Arendal', 'Gard Marine & Energy Insurance (Europe)'],
    ['Gard Marine & Energy Forsikring AS, Postboks 789 Stoa', 'Gard Marine & Energy'],
    ['Codan Forsikring, filial av Codan Forsikring A/S', 'Codan'],
    // a bank's life company in a tab-separated letterhead line
    ['DNB Livsforsikring AS\tPostboks 7500\t5020 Bergen', 'DNB'],
    ['Storebrand Livsforsikring AS, Postboks 500, 1327 Lysaker', 'Storebrand'],
    ['Danica Pensjonsforsikring AS', 'Danica'],
    ['Frende Livsforsikring AS', 'Frende'],
    ['Eika Forsikring AS, Postboks 2349 Solli', 'Eika'],
    ['If Skadeforsikring NUF', 'If'],
  ])('«%s»', (line, want) => {
    expect(parse(`${line}\nAvtalenummer 5017731`).insurer).toBe(want);
  });
});

describe('insurer: a local brannkasse in capitals, and a place of two words', () => {
  // «KVAM BRANNKASSE» over the address of a local brannkasse's renewal letter, no «Forsikring» in it
  it('alone on a line of the letterhead: the brannkasse, named by its place', () => {
    expect(parse('KVAM BRANNKASSE\n5600 Norheimsund\n\nFORNYING AV FORSIKRINGA\nAvtalenr.\t55123456\n').insurer).toBe('Kvam Brannkasse');
    expect(parse('ØVRE EIKER BRANNKASSE\nPostboks 12, 3301 Hokksund\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBe('Øvre Eiker Brannkasse');
  });
  it('in a line of the letterhead with its address, and in a sentence: the place keeps both its words', () => {
    expect(parse('ØVRE EIKER BRANNKASSE, Postboks 12, 3301 Hokksund\nAvtalenr.\t55123456\n').insurer).toBe('Øvre Eiker Brannkasse');
    expect(parse('Forsikringa er teikna i Øvre Eiker Brannkasse.\nAvtalenr.\t55123456\n').insurer).toBe('Øvre Eiker Brannkasse');
    expect(parse('Med helsing\nØvre Eiker Brannkasse\nAvtalenr.\t55123456\n').insurer).toBe('Øvre Eiker Brannkasse');
  });
});

describe('insurer: a local mutual not on the list, by the form of its name', () => {
  // «Vestre Bygdebrannkasse» over the address and under «Med vennlig hilsen» of a farm policy (test/corpus/docs)
  it('a place and a word ending in «brannkasse»', () => {
    expect(parse('Vestre Bygdebrannkasse\nPostboks 14, 6150 Ørsta\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n').insurer).toBe('Vestre Bygdebrannkasse');
    expect(parse('VESTRE BYGDEBRANNKASSE, Postboks 14, 6150 Ørsta\nAvtalenr.\t55123456\n').insurer).toBe('Vestre Bygdebrannkasse');
    expect(parse('Med vennlig hilsen\nHornindal Herredsbrannkasse\nAvtalenr.\t55123456\n').insurer).toBe('Hornindal Herredsbrannkasse');
  });
  // «Tysnes gjensidige brannforsikringsselskap» — a listed word («Gjensidige») inside the name is part of it
  it('a place and «gjensidige brannforsikring(sselskap)»: not the listed «Gjensidige»', () => {
    expect(parse('TYSNES GJENSIDIGE BRANNFORSIKRING\n5680 Tysnes\nAvtalenr.\t55123456\n').insurer).toBe('Tysnes Gjensidige Brannforsikring');
    expect(parse('Med helsing\nTysnes gjensidige brannforsikringsselskap\nAvtalenr.\t55123456\n').insurer).toBe('Tysnes gjensidige brannforsikringsselskap');
  });
  it('a lower-case «brannkasse» in a sentence names none', () => {
    expect(parse('Selskapet er en lokal brannkasse eid av kundene.\nAvtalenr.\t55123456\n').insurer).toBeUndefined();
  });
});

describe('insurer: a brand whose footer names the company that owns it', () => {
  // «Lynx Forsikring er et varemerke for Nordvik Forsikring ASA» under a brand's letterhead «Lynx Forsikring»
  it('the brand of the letterhead, not the owner of the footer', () => {
    const doc = (footer: string): string => `Lynx Forsikring\nPostboks 300, 0102 Oslo\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n\n${footer}\n`;
    expect(parse(doc('Lynx Forsikring er et varemerke for Nordvik Forsikring ASA, org.nr. 912 345 678.')).insurer).toBe('Lynx');
    expect(parse(doc('Lynx Forsikring er en del av Nordvik Forsikring ASA.')).insurer).toBe('Lynx');
    expect(parse(doc('Lynx Forsikring eies av Nordvik Forsikring AS.')).insurer).toBe('Lynx');
  });
  // «Trofast Forsikring er et varemerke for Nordvik Forsikring ASA, …» / «Nordvik Forsikring ASA står under tilsyn av Finanstilsynet.»
  it('the owner named again in the footer is still the owner', () => {
    const doc = 'Trofast Forsikring\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n\nTrofast Forsikring er et varemerke for Nordvik Forsikring ASA, org.nr. 915 204 377.\nNordvik Forsikring ASA står under tilsyn av Finanstilsynet.\n';
    expect(parse(doc).insurer).toBe('Trofast');
  });
  it('a part of the insurer named as its own part: the insurer the letterhead names', () => {
    expect(parse('Gjensidige Forsikring ASA\n\nFORSIKRINGSBEVIS\nAvtalenr.\t55123456\n\nGjensidige Pensjon er en del av Gjensidige Forsikring ASA.\n').insurer).toBe('Gjensidige');
  });
  it('the owner named alone, without such words, is still read', () => {
    expect(parse('FORSIKRINGSBEVIS\nAvtalenr.\t55123456\n\nNordvik Forsikring ASA, org.nr. 912 345 678.\n').insurer).toBe('Nordvik');
  });
});

describe('policy number: letters and digits joined by hyphens, under any label, and in a running sentence', () => {
  it.each([
    // a foreign insurer's branch: a country and a company's code of five capitals before the digits
    ['Polisenr.: NOCHU-77120', 'NOCHU-77120'],
    ['Forsikringsnr. NOCHB-24-551902', 'NOCHB-24-551902'],
    ['Polisenummer HDI-N8830-1552', 'HDI-N8830-1552'],
    ['Avtalenr. GL-30417', 'GL-30417'],
    // «Vi viser til avtale nr. GL-30417 med Statens pensjonskasse» (a group life letter)
    ['Vi viser til avtale nr. GL-30417 med Statens pensjonskasse.', 'GL-30417'],
    ['Fornyelse av polise 140-2219834', '140-2219834'],
    // a bilingual renewal's «Polisenummer / Policy no.:  PRO-118442-KOM»: a code of capitals after the last hyphen
    ['Polisenummer:   NOR-552019-BRL', 'NOR-552019-BRL'],
    ['Avtalenr.: 552019-ny', '552019'],
  ])('%s', (line, want) => {
    expect(parse(`${line}\nUtstedt 30.11.2023`).policy_number).toBe(want);
  });
  it('«Avtale» as a field\'s label, not in a sentence', () => {
    expect(parse('Avtale: GL-30417\nUtstedt 30.11.2023').policy_number).toBe('GL-30417');
    expect(parse('Avtale\tGL-30417\nUtstedt 30.11.2023').policy_number).toBe('GL-30417');
    expect(parse('Fornyelse av avtale 2025\nUtstedt 30.11.2023').policy_number).toBeUndefined();
    expect(parse('Avtale: 2025\nUtstedt 30.11.2023').policy_number).toBeUndefined();
    expect(parse('Denne avtale 12345 gjelder\nUtstedt 30.11.2023').policy_number).toBeUndefined();
  });
  it('«Deres ref.» is no label of the number; five letters in lower case are a word, not a prefix', () => {
    expect(parse('Deres ref.: NOCHU-77120\nUtstedt 30.11.2023').policy_number).toBeUndefined();
    expect(parse('Polisenr.: nochu-77120\nUtstedt 30.11.2023').policy_number).toBeUndefined();
  });
});

describe('insurer: not the policyholder, the employer or the broker', () => {
  it('a body named by the policyholder\'s or the employer\'s label is not the insurer; the carrier named elsewhere is', () => {
    // «Forsikringstaker: Statens pensjonskasse» on a group life certificate of a bank's life company
    const text = 'DNB Livsforsikring AS\tPostboks 7500\t5020 Bergen\n\nGRUPPELIVSFORSIKRING\nForsikringstaker: Statens pensjonskasse\nArbeidsgiver:\tStatens pensjonskasse\nAvtalenummer: GL-30417\n';
    expect(parse(text).insurer).toBe('DNB');
    expect(parse('Forsikringstaker: Statens pensjonskasse\nAvtalenummer: GL-30417\n').insurer).toBeUndefined();
  });
  it('the carrier in a signature after «Med vennlig hilsen», a broker in the letterhead', () => {
    expect(parse('Söderberg & Partners\nPostboks 1, 0101 Oslo\n\nAvtalenummer 5017731\n\nMed vennlig hilsen\nDNB Livsforsikring AS\n').insurer).toBe('DNB');
  });
  it('a broker alone is no insurer', () => {
    expect(parse('Med vennlig hilsen\nSöderberg & Partners\nAvtalenummer 5017731\n').insurer).toBeUndefined();
  });
});

describe('insured persons: thousands with a space, and a count in a passive sentence', () => {
  it('«Antall forsikrede: 1 284»', () => {
    expect(parse('Antall forsikrede: 1 284\nAvtalenummer 5017731').insured_persons?.count).toBe(1284);
  });
  it('«1 284 tilsette er omfatta av ordninga» (nynorsk), «… ansatte er omfattet» (bokmål)', () => {
    expect(parse('Ordninga gjeld frå 1. januar 2025. 1 284 tilsette er omfatta av ordninga.\nAvtalenummer 5017731').insured_persons?.count).toBe(1284);
    expect(parse('I alt 312 ansatte er omfattet av avtalen.\nAvtalenummer 5017731').insured_persons?.count).toBe(312);
  });
  // an accident insurance's renewal letter: «Forsikringen gjelder for 2 personer: Kari Nyhus (f. 1971) og Ola Nyhus (f. 1969).»
  it('«Forsikringen gjelder for 2 personer: …» (the persons named after the colon)', () => {
    expect(parse('Forsikringen gjelder for 2 personer: Kari Nyhus (f. 1971) og Ola Nyhus (f. 1969).\nAvtalenummer 5017731').insured_persons?.count).toBe(2);
    // (a colon after a count that no sentence on whom the insurance is for states stays unread)
    expect(parse('Yrkesskade 14 ansatte: se liste\nAvtalenummer 5017731').insured_persons).toBeUndefined();
  });
});

describe('dates of a letter', () => {
  it('a dateline «Oslo, 24. mars 2025», and «Dato 24.03.2025» without a colon', () => {
    expect(parse('Oslo, 24. mars 2025\n\nAvtalenummer 5017731').issued).toBe('2025-03-24');
    expect(parse('Dato 24.03.2025\nAvtalenummer 5017731').issued).toBe('2025-03-24');
  });
  it('«Retroaktiv dato: 01.02.2019» (a liability policy\'s retroactive date) is no issue date beside «Utstedt»', () => {
    expect(parse('Utstedt: 30.01.2026\nPolisenummer: NO-LIA-25-00731\n\n2. Retroaktiv dato: 01.02.2019.\n').issued).toBe('2026-01-30');
  });
  it('a dateline of two offices joined by a slash, without a comma: «Stavanger/Oslo 28.04.2025»', () => {
    expect(parse('Codan Forsikring\n\nStavanger/Oslo 28.04.2025\n\nPolisenr.: 2400-771-093').issued).toBe('2025-04-28');
    // (a path or a pair of words that is no place line stays unread)
    expect(parse('Avtale/Polise 28.04.2025 og mer tekst\nPolisenr.: 2400-771-093').issued).toBeUndefined();
  });
  it('«Forsikringa di vert fornya 1. januar 2025» (nynorsk)', () => {
    expect(parse('Forsikringa di vert fornya 1. januar 2025.\nAvtalenummer 5017731').renewal_date).toBe('2025-01-01');
  });
});

describe('insurer: the state scheme only when no other insurer is named', () => {
  it('a letter of a life company to the state scheme as its policyholder: the life company', () => {
    // «Vi viser til avtale nr. GL-30417 med Statens pensjonskasse», the addressee above it, the company in the letterhead and the signature
    // (test/corpus/docs/dnb-liv-gruppeliv-brev-2025.txt)
    const text = 'DNB Livsforsikring AS\tPostboks 7500\t5020 Bergen\n\nStatens pensjonskasse\nPostboks 6600 Etterstad\n\nVi viser til avtale nr. GL-30417 med Statens pensjonskasse.\n\nMed vennlig hilsen\nDNB Livsforsikring AS\n';
    const p = parse(text);
    expect(p.insurer).toBe('DNB');
    expect(p.policy_number).toBe('GL-30417');
  });
});

describe('insurer: the brand alone in a signature', () => {
  // «Med vennlig hilsen» / «Gouda» at the end of a travel insurer's letter
  it('a bare listed name on the line under the closing greeting is the sender', () => {
    expect(parse('Avtalenummer 5017731\n\nMed vennlig hilsen\nGouda\n').insurer).toBe('Gouda');
    expect(parse('Avtalenummer 5017731\n\nMed helsing\nFrende\n').insurer).toBe('Frende');
  });
  it('not under a name of a person, nor across a blank line, nor in a sentence', () => {
    expect(parse('Avtalenummer 5017731\n\nMed vennlig hilsen\nKari Lie\nGouda\n').insurer).toBeUndefined();
    expect(parse('Avtalenummer 5017731\n\nMed vennlig hilsen\n\nGouda\n').insurer).toBeUndefined();
    expect(parse('Avtalenummer 5017731\n\nMed vennlig hilsen\nGouda og Frende\n').insurer).toBeUndefined();
  });
});

describe('insurer: a listed brand before a company form the list does not spell out', () => {
  // «Gouda Forsikring AS» in the footer of a travel certificate
  it('is that company', () => {
    expect(parse('Gouda Forsikring AS, Postboks 1, 0101 Oslo\nAvtalenummer 5017731').insurer).toBe('Gouda');
    expect(parse('Chubb Forsikring AS\nAvtalenummer 5017731').insurer).toBe('Chubb');
  });
  it('a listed first word that is no short name names none («Norsk Forsikring AS»)', () => {
    expect(parse('Norsk Forsikring AS\nAvtalenummer 5017731').insurer).toBeUndefined();
  });
});

describe('insurer of a forwarded e-mail', () => {
  // docs/agria-epost-videresendt-dyr-2026: the broker's signature «Aas Forsikring AS» above «-----Opprinnelig melding-----»,
  // the quoted message signed «Agria Dyreforsikring»
  const MAIL = (mark: string): string =>
    `Fra: Trond Aas <trond@aasforsikring.no>\nSendt: 17. november 2025 10:24\nEmne: VS: Fornyelse\n\nHei Hilde,\n\nHer er fornyelsen.\n\nVennlig hilsen\nTrond Aas\nAas Forsikring AS\n\n${mark}> Fra: Agria Dyreforsikring <kundeservice@agria.no>\n> Sendt: 12. november 2025 08:55\n> Emne: Fornyelse\n>\n> Forsikringsnummer: HU 5520 1187\n>\n> Med vennlig hilsen\n> Agria Dyreforsikring\n`;
  it('is the company the forwarded message names, not the forwarder\'s', () => {
    for (const mark of ['-----Opprinnelig melding-----\n', '']) {
      const p = parse(MAIL(mark));
      expect(p.insurer).toBe('Agria');
      // (the forwarded message's «Sendt:», the day the letter was sent — not the forwarder's 17 November)
      expect(p.issued).toBe('2025-11-12');
    }
  });
});

describe('policy number: a company named between the label and its colon', () => {
  // a staff page's own field lines: «Polisenummer hos Tryg: 7712 4410», «Avtalenummer i Gjensidige: 88-1203», «Forsikringsnr. (If): 5512 4401»
  it.each([
    ['Polisenummer hos Tryg: 7712 4410', '77124410'],
    ['Avtalenummer i Gjensidige: 88-1203', '88-1203'],
    ['Forsikringsnr. (If): 5512 4401', '55124401'],
    ['Polisenummer hos KLP Skadeforsikring AS: 602 188 4410', '6021884410'],
    // nynorsk: «Avtalenummer hjå KLP: 4400 1932.» at the end of a sentence of a staff page
    ['Avtalenummer hjå KLP: 4400 1932.', '44001932'],
  ])('%s', (line, number) => {
    const p = parse(`Forsikringsbevis\n\n${line}\n`);
    expect(p.policy_number).toBe(number);
    expect(p.warnings).toEqual([]);
  });
  it('a broker\'s number, or words that name no company, are not read as the policy\'s: a warning', () => {
    for (const line of ['Polisenummer hos megler: 4455 6677', 'Polisenummer hos Söderberg & Partners: 4455 6677', 'Polisenummer i forrige brev: 1234 5678']) {
      const p = parse(`Forsikringsbevis\n\n${line}\n`);
      expect(p.policy_number).toBeUndefined();
      expect(p.warnings.join('\n')).toContain('policy number');
    }
  });
});

describe('insurer: named only in a staff page\'s running text', () => {
  const G = '\n\nGrunnbeløpet (G) er 130 160 kroner.\n';
  it('«Kommunen har sine personalforsikringer i KLP.», «Bedriften har avtale med Storebrand om yrkesskadeforsikring.»', () => {
    expect(parse(`Personalforsikringer\n\nKommunen har sine personalforsikringer i KLP.${G}`).insurer).toBe('KLP');
    expect(parse(`Personforsikringar\n\nFylkeskommunen har alle sine personforsikringar i KLP. Her kan du lese meir om dekningane.${G}`).insurer).toBe('KLP');
    expect(parse(`Forsikringer for ansatte\n\nBedriften har avtale med Storebrand om yrkesskadeforsikring.${G}`).insurer).toBe('Storebrand');
  });
  it('also in a paragraph longer than a letterhead\'s line', () => {
    const intro = 'Her finner du informasjon om forsikringene som gjelder for alle ansatte i kommunen, både fast ansatte og vikarer med avtale om mer enn tre måneder. '.repeat(2);
    const p = parse(`Personalforsikringer\n\n${intro}Kommunen har sine personalforsikringer i KLP, og alle ansatte er omfattet fra første arbeidsdag.${G}`);
    expect(p.insurer).toBe('KLP');
  });
  it('a broker, a name not in the list, or an agreement about something else is not the insurer', () => {
    expect(parse(`Personalforsikringer\n\nBedriften har avtale med Aon om forsikringsmegling.${G}`).insurer).toBeUndefined();
    expect(parse(`Personalforsikringer\n\nKommunen har sine personalforsikringer i Vestby kommune.${G}`).insurer).toBeUndefined();
    expect(parse(`Personalforsikringer\n\nBedriften har avtale med Storebrand om pensjon.${G}`).insurer).toBeUndefined();
  });
});

describe('issue date: a web news page\'s dateline under its title', () => {
  const ND = '\n\nNaturskadepremien er 0,08 promille av brannforsikringssummen.\n';
  it('«Nyheter | 14.03.25» (a two-digit year is this century\'s), «Publisert 12.01.2026 | Skadeforsikring»', () => {
    expect(parse(`Ny naturskadepremie fra 2026\nNyheter | 14.03.25${ND}`).issued).toBe('2025-03-14');
    expect(parse(`Ny naturskadepremie fra 2026\nPublisert 12.01.2026 | Skadeforsikring${ND}`).issued).toBe('2026-01-12');
    expect(parse(`Ny naturskadepremie fra 2026\nSkadeforsikring | Publisert: 12.01.2026${ND}`).issued).toBe('2026-01-12');
    // (a «Min side» message: «Meldinger > Indeksregulering …» over «Publisert 15.01.2025» alone on its line)
    expect(parse(`Meldinger > Ny naturskadepremie\nPublisert 15.01.2025${ND}`).issued).toBe('2025-01-15');
  });
  it('a bare date beside words that name no news section, or beside a figure, is no dateline', () => {
    expect(parse(`Ny naturskadepremie fra 2026\nBygning | 14.03.25${ND}`).issued).toBeUndefined();
    expect(parse(`Ny naturskadepremie fra 2026\nPublisert 12.01.2026 | Oppdatert 14.01.2026${ND}`).issued).toBeUndefined();
  });
});

describe('a date alone under a web page\'s title', () => {
  // an insurer's news page: «Endringer i sikkerhetsforskrifter og vilkår for 2026» over «| 17.10.25» (the
  // section's name before the bar left out), then the text
  it('«| 17.10.25» near the top is the page\'s date', () => {
    const p = parse('KLP\nVirksomhet › Forsikring\n\nEndringer i sikkerhetsforskrifter og vilkår for 2026\n\n| 17.10.25\n\nHer er en oversikt over endringene som gjelder fra 1. januar 2026.\n');
    expect(p.issued).toBe('2025-10-17');
  });
  it('a date alone further down is no issue date', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `Avsnitt ${i + 1} om vilkårene.\n`).join('\n');
    const p = parse(`KLP\nAvtalenummer: 4410 2287\n\nEndringer i vilkår\n\n${filler}\n| 17.10.25\n`);
    expect(p.issued).toBeUndefined();
  });
});

describe('the insurer in a staff page\'s prose, nynorsk word order', () => {
  // a kommune's staff page: «Kommunen har alle personalforsikringane sine i KLP. Forsikringane følgjer lov om …»
  it('«… personalforsikringane sine i KLP»: the possessive after the insurances', () => {
    const p = parse('Fjordbygd kommune\nTilsette › Løn og personal\n\nPersonalforsikringar\n\nKommunen har alle personalforsikringane sine i KLP. Forsikringane følgjer lov om yrkesskadeforsikring og hovudtariffavtalen, og gjeld for alle tilsette frå første arbeidsdag. Meld skade til arbeidsgjevaren så snart som råd.\n\nAvtalenummer: 40-118 552\n');
    expect(p.insurer).toBe('KLP');
  });
});

describe('insurer: a local mutual whose footer names the company that reinsures it', () => {
  // a local insurer's letter in nynorsk: «VARIG ORKLA» as letterhead, the footer «Varig Orkla Forsikring
  // gjensidig · Kyrkjegata 6, 7300 Orkanger · Reassurert i Gjensidige Forsikring ASA»
  const doc = (footer: string): string => `VARIG ORKLA\nDitt lokale forsikringsselskap\n\nPolisenummer: 20-118734\n\n${footer}\n`;
  it('the mutual of the letterhead and footer, never its reinsurer', () => {
    expect(parse(doc('Varig Orkla Forsikring gjensidig · Kyrkjegata 6, 7300 Orkanger · Reassurert i Gjensidige Forsikring ASA')).insurer).toBe('Varig Orkla');
    expect(parse(doc('Fjordkyst Forsikring AS · Gjenforsikret hos Gjensidige Forsikring ASA')).insurer).toBe('Fjordkyst');
  });
  it('a company named as the reinsurer alone is no insurer of the document', () => {
    expect(parse(doc('Selskapet er reassurert i Gjensidige Forsikring ASA.')).insurer).toBeUndefined();
  });
});

describe('renewal date of a document of a change during the period', () => {
  // a club's overview after a change: «Endring» in the letterhead, «Gjelder fra  15.01.2025» over «Hovedforfall  01.05.2025»
  const doc = (first: string): string => `Rindal Idrettslag\n${first}\nForsikringsnummer\t76 554 120\nGjelder fra\t15.01.2025\nHovedforfall\t01.05.2025\n`;
  it('the «Hovedforfall» is the renewal date; the change\'s first day is no candidate', () => {
    const p = parse(doc('Endring'));
    expect(p.renewal_date).toBe('2025-05-01');
    expect(p.warnings.filter((w) => w.includes('renewal date'))).toEqual([]);
  });
  it('any other document: the period\'s first day, the «Hovedforfall» named in a warning', () => {
    const p = parse(doc('Forsikringsoversikt'));
    expect(p.renewal_date).toBe('2025-01-15');
    expect(p.warnings.some((w) => w.includes('2025-05-01'))).toBe(true);
  });
});

describe('«Avtale» and its number alone on a line, as a web page card shows it', () => {
  it('is the policy number (the label alone names it only before a colon elsewhere)', () => {
    expect(parse('Husforsikring\nAvtale 4471 2290\nAdresse\nBjørkelia 4, 2615 Lillehammer\n').policy_number).toBe('44712290');
  });
  it('not in a sentence («Fornyelse av avtale 2025»), nor with a short figure («Avtale 12»)', () => {
    expect(parse('Fornyelse av avtale 2025\nUtstedt 30.11.2023\n').policy_number).toBeUndefined();
    expect(parse('Avtale 12\nUtstedt 30.11.2023\n').policy_number).toBeUndefined();
  });
});

describe('the policy named in a sentence with its number', () => {
  const TAIL = '\nIndeksreguleringen er 3,5 % for bygning.\n';
  it('«Polisen (nr. 2210044) fornyes 1/1-25»: the policy\'s word and «nr.» in brackets', () => {
    expect(parse(`Hei Tor,\n\n- Polisen (nr. 2210044) fornyes 1/1-25 med samme omfang.${TAIL}`).policy_number).toBe('2210044');
    expect(parse(`Vi viser til avtalen (nr. 88 120 447) som fornyes 1. mars.${TAIL}`).policy_number).toBe('88120447');
    expect(parse(`Forsikringa (nr. 4410-2287) vert fornya 1. januar 2026.${TAIL}`).policy_number).toBe('4410-2287');
  });
  it('«avtalen nr. 88 120 447», nynorsk «polisa nr. 4410 2287»: the definite word and «nr.»', () => {
    expect(parse(`Vi bekrefter at avtalen nr. 88 120 447 er fornyet.${TAIL}`).policy_number).toBe('88120447');
    expect(parse(`Vi stadfester at polisa nr. 4410 2287 er fornya.${TAIL}`).policy_number).toBe('44102287');
  });
  it('not a product\'s number in brackets («Bilforsikring (nr. 3)»), nor a short figure', () => {
    expect(parse(`Bilforsikring (nr. 3) gjelder bilen.${TAIL}`).policy_number).toBeUndefined();
    expect(parse(`Polisen (nr. 12) gjelder bilen.${TAIL}`).policy_number).toBeUndefined();
  });
  it('«- Avtale 81 552 407 fornyes 1. januar 2027»: the number as the sentence\'s subject before what the policy does', () => {
    expect(parse(`Hei,\n\n- Avtale 81 552 407 fornyes 1. januar 2027 uten endringer.${TAIL}`).policy_number).toBe('81552407');
    expect(parse(`Takk for samtalen. Deres avtale 6401 118 734 gjelder videre fra 1. mars.${TAIL}`).policy_number).toBe('6401118734');
    expect(parse(`• Polisa 4410 2287 vert fornya 1. januar 2026.${TAIL}`).policy_number).toBe('44102287');
  });
  it('not «avtale» before a figure anywhere else, nor before another verb or an amount', () => {
    expect(parse(`Prisen er i henhold til avtale 81 552 407 fornyes ikke.${TAIL}`).policy_number).toBeUndefined();
    expect(parse(`Avtale 81 552 407 kroner er betalt.${TAIL}`).policy_number).toBeUndefined();
    expect(parse(`Avtale 2025 fornyes 1. januar.${TAIL}`).policy_number).toBeUndefined();
  });
});

describe('a policy label wrapped in a letter\'s paragraph', () => {
  it('the label ends the line, the number begins the next in capitals («har forsikringsnummer» over «BF-2025-883104. …»)', () => {
    const p = parse('Forsikringen gjelder for Oskar, født 03.09.2019, og har forsikringsnummer\nBF-2025-883104. Forsikringen trer i kraft 1. september 2025.\n');
    expect(p.policy_number).toBe('BF-2025-883104');
    expect(parse('Vi viser til avtalen deres med avtalenr.\nSP 815 530 og sender nytt bevis.\n').policy_number).toBe('SP815530');
  });
  it('the label\'s word broken at the line\'s end («forsikrings-» over «nummer 6023 4418, og …»)', () => {
    expect(parse('Jeg har sett på hytteforsikringen din med forsikrings-\nnummer 6023 4418 og her er svarene.\n').policy_number).toBe('60234418');
  });
  it('not a line that ends in a label over a line that begins with a word, nor a customer\'s number', () => {
    expect(parse('Vi har notert ditt forsikringsnummer\nSom avtalt sender vi beviset.\nUtstedt 30.11.2023\n').policy_number).toBeUndefined();
    expect(parse('Vi har notert ditt kunde-\nnummer 6023 4418 og her er svarene.\nUtstedt 30.11.2023\n').policy_number).toBeUndefined();
  });
});

describe('a period\'s first day named by its distance from the letter, its date in apposition', () => {
  it('«forsikringen gjelder fra i morgen, 10.04.2025» is the first day', () => {
    expect(parse('Campingvogna er nå forsikret, og forsikringen gjelder fra i morgen,\n10.04.2025. Beviset kommer i posten.\nAvtalenummer: 6204 118 77\n').renewal_date).toBe('2025-04-10');
  });
  it('nynorsk «forsikringa gjeld frå i dag (fredag 11. april 2025)», and «fra og med i morgen, 1. mars 2026»', () => {
    expect(parse('Forsikringa gjeld frå i dag (fredag 11. april 2025).\nAvtalenummer: 6204 118 77\n').renewal_date).toBe('2025-04-11');
    expect(parse('Forsikringen gjelder fra og med i morgen, 1. mars 2026.\nAvtalenummer: 6204 118 77\n').renewal_date).toBe('2026-03-01');
  });
});

describe('issue date: an e-mail\'s «Sendt:» header', () => {
  const BODY = '\nAvtalenummer: 5530 2281 40\nForsikringene fornyes 1. januar 2026.\n';
  it('«Sendt: mandag 3. november 2025 14:02» over a letter with no date of its own is the issue date', () => {
    const p = parse(`Fra: Eika Forsikring <bedrift@eika.no>\nSendt: mandag 3. november 2025 14:02\nTil: Geir\nEmne: Fornyelse\n${BODY}`);
    expect(p.issued).toBe('2025-11-03');
    expect(p.warnings).toEqual([]);
  });
  it('«Date: 03.11.2025 14:02» too', () => {
    expect(parse(`From: Eika <bedrift@eika.no>\nDate: 03.11.2025 14:02\nSubject: Fornyelse\n${BODY}`).issued).toBe('2025-11-03');
  });
  it('a forward: the forwarded message\'s date, not the forwarder\'s («Dato:» of both — no longer two values for one field)', () => {
    const p = parse(`Fra: Kari <kari@example.no>\nDato: 5. november 2025 09:12\nEmne: VS: Fornyelse\n\n---------- Videresendt melding ----------\nFra: Eika <bedrift@eika.no>\nDato: 3. november 2025 14:02\nEmne: Fornyelse\n${BODY}`);
    expect(p.issued).toBe('2025-11-03');
    expect(p.warnings).toEqual([]);
  });
  it('a reply of the insurer\'s own («Fra: …@if.no», «Emne: SV: …») over the client\'s question: the insurer\'s message\'s date', () => {
    const p = parse(`Fra: Kari Lunde <kari.lunde@if.no>\nSendt: fredag 14. november 2025 09:12\nTil: Tore\nEmne: SV: Fornyelse 2026\n${BODY}\nFra: Tore <tore@example.no>\nSendt: torsdag 13. november 2025 15:47\nTil: Kari\nEmne: Fornyelse 2026\n\nHar dere prisene?\n`);
    expect(p.issued).toBe('2025-11-14');
    expect(p.warnings).toEqual([]);
  });
  // (a web mail printed to PDF by WeasyPrint: the addresses in «<…>» lost, «Fra: Sindre Holm» over «Emne: SV: …» and the
  // client's «Fra: Marte Fjell» quoted under «-----Opprinnelig melding-----» — which message is the letter is not shown)
  it('a reply over the message it quotes, neither sender an insurer or a broker, sent on different days: a warning, no issue date', () => {
    const p = parse(`Fra: Sindre Holm\nSendt: tirsdag 7. januar 2025 09:42\nTil: Marte Fjell\nEmne: SV: Antall ansatte\n${BODY}\n-----Opprinnelig melding-----\nFra: Marte Fjell\nSendt: mandag 6. januar 2025 15:10\nTil: Sindre Holm\nEmne: Antall ansatte\n\nHar dere fått tallene?\n`);
    expect(p.issued).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('issue date: the reply and the message it quotes are sent on different days, and neither names an insurer');
  });
  // (an insurer's domain writes its name of two words run together: «hanne.berg@sparebank1.no», an Outlook reply's
  // «-----Original Message-----» over the client's question is no forward of the insurer's letter)
  it('a reply from «…@sparebank1.no» over «-----Original Message-----» and the client\'s question: the reply\'s date', () => {
    const p = parse(`From: Hanne Berg <hanne.berg@sparebank1.no>\nSent: 4. mars 2025 10:41\nTo: styret@sameie.no\nSubject: Fornyelse 2025\n${BODY}\n-----Original Message-----\nFrom: Styret <styret@sameie.no>\nSent: 27. februar 2025 19:03\nTo: Hanne Berg <hanne.berg@sparebank1.no>\nSubject: Fornyelse\n\nNår kommer fornyelsen?\n`);
    expect(p.issued).toBe('2025-03-04');
  });
  // 50/eika-indeks-epost-2025: «Fra: Forsikring Skue Sparebank <forsikring@skuesparebank.no>» / «Sendt: 3. juni 2025 09:14» /
  // «Emne: SV: Indeksregulering …» over «-----Opprinnelig melding-----» and the client's question of 2 June
  it('a bank\'s insurance desk\'s reply («Fra: Forsikring … <forsikring@bank.no>», «Emne: SV: …») over the client\'s question: the reply\'s date', () => {
    const p = parse(`Fra: Forsikring Vestbank <forsikring@vestbank.no>\nSendt: 3. juni 2025 09:14\nTil: post@firma.no\nEmne: SV: Indeksregulering\n${BODY}\n-----Opprinnelig melding-----\nFra: Knut Hansen <post@firma.no>\nSendt: 2. juni 2025 16:41\nTil: Forsikring Vestbank\nEmne: Indeksregulering\n\nHva betyr det for oss?\n`);
    expect(p.issued).toBe('2025-06-03');
  });
  it('a desk\'s forward («Emne: VS: …») passes another\'s letter on: the forwarded message\'s date', () => {
    const p = parse(`Fra: Forsikring Vestbank <forsikring@vestbank.no>\nSendt: 5. juni 2025 09:14\nTil: post@firma.no\nEmne: VS: Fornyelse\n\nSe under.\n\n-----Opprinnelig melding-----\nFra: Fornyelse <noreply@example.no>\nSendt: 2. juni 2025 16:41\nEmne: Fornyelse\n${BODY}`);
    expect(p.issued).toBe('2025-06-02');
  });
  it('the letter\'s own date wins over the day it was sent', () => {
    const p = parse(`Fra: Eika <bedrift@eika.no>\nSendt: 3. november 2025 14:02\nEmne: Fornyelse\n\nOslo, 31. oktober 2025\n${BODY}`);
    expect(p.issued).toBe('2025-10-31');
    expect(p.warnings).toEqual([]);
  });
  it('«Dato: 01.02.2025» that is no mail header stays a field of its own', () => {
    expect(parse(`Dato: 01.02.2025\n${BODY}`).issued).toBe('2025-02-01');
  });
});

describe('a notice\'s head and sentences: the document\'s own date, and the renewal named with what it renews', () => {
  // 113/if-min-side-nyheter-ved-fornyelse-2025: «Dokumentet er laget: 3. januar 2025» on a portal's document page
  it('«Dokumentet er laget: 3. januar 2025», nynorsk «Dokumentet er laga: …»: the issue date', () => {
    expect(parse('Forsikringsnummer: SP 884 2107\nDokumentet er laget: 3. januar 2025\n').issued).toBe('2025-01-03');
    expect(parse('Forsikringsnummer: SP 884 2107\nDokumentet er laga:   14.11.2026\n').issued).toBe('2026-11-14');
  });
  // 114/eika-naturskadepremie-varsel-nynorsk-2025: «Endringa gjeld frå fornyinga av forsikringane dine 1. januar 2025.»
  it('«… frå fornyinga av forsikringane dine 1. januar 2025», «ved fornyelsen av avtalen deres 01.03.2027»: the renewal date', () => {
    expect(parse('Avtalenummer: 5530 2281 40\nEndringa gjeld frå fornyinga av forsikringane dine 1. januar 2025.\n').renewal_date).toBe('2025-01-01');
    expect(parse('Avtalenummer: 5530 2281 40\nDen nye satsen gjelder ved fornyelsen av avtalen deres 01.03.2027.\n').renewal_date).toBe('2027-03-01');
  });
});

describe('a reply that speaks for the insurer: a broker\'s by its group\'s domain or signature, an agent\'s that names the carrier', () => {
  const QUESTION = '\n-----Opprinnelig melding-----\nFra: Siri Dahl <siri@dahlbygg.no>\nSendt: mandag 2. desember 2024 08:15\nTil: Per Vik\nEmne: Fornyelse\n\nHar dere hørt fra selskapet? Vi vurderer også Gjensidige.\n';
  // 112/protector-epost-fornyelse-megler-2025, 114/howden-epost-fornyelse-protector-2025: «Fra: … <…@soderbergpartners.no>»,
  // «<…@howdengroup.com>» — a broker's group adds a word to its name in its address
  it('«Fra: … <per.vik@gallaghernorge.no>», «Emne: SV: …»: the broker\'s reply is the letter — its date, the insurer its text names', () => {
    const p = parse(`Fra: Per Vik <per.vik@gallaghernorge.no>\nSendt: onsdag 4. desember 2024 10:02\nTil: Siri Dahl <siri@dahlbygg.no>\nEmne: SV: Fornyelse - Dahl Bygg AS - If\n\nHei Siri,\nVi har fått fornyelsen fra If. If øker egenandelen på bygning.\nAvtalen fornyes 1. januar 2025.\n${QUESTION}`);
    expect(p.issued).toBe('2024-12-04');
    expect(p.insurer).toBe('If');
  });
  // (with its renewal date: a mail whose only fact is the date it was sent is no policy document, and is refused)
  it('a sender\'s name alone, the reply signed «Rådgiver | Marsh AS»: the broker\'s reply is the letter', () => {
    const p = parse(`Fra: Per Vik\nSendt: onsdag 4. desember 2024 10:02\nTil: Siri Dahl\nEmne: RE: Fornyelse\n\nHei Siri,\nFremtind har sendt fornyelsen, og Fremtind holder prisen. Avtalen fornyes 1. januar 2025.\n\nMed vennlig hilsen\nPer Vik\nRådgiver | Marsh AS\n${QUESTION}`);
    expect(p.issued).toBe('2024-12-04');
    expect(p.insurer).toBe('Fremtind');
  });
  // 111/eika-epost-campingvogn-kasko-2025: a savings bank's adviser, «Forsikringen leveres av Eika Forsikring AS» in the signature
  it('a bank adviser\'s reply whose signature names the carrier («Forsikringsgiver er Frende Forsikring AS»): the reply\'s date', () => {
    const p = parse(`Fra: Kari Moe <kari.moe@vossbank.no>\nSendt: 9. april 2025 13:42\nTil: Siri Dahl\nEmne: SV: Fornyelse\n\nHei, båten er nå forsikret.\nAvtalenummer: 5530 2281 40\n\nVennlig hilsen\nKari Moe\nVoss Sparebank\nForsikringsgiver er Frende Forsikring AS\n${QUESTION}`);
    expect(p.issued).toBe('2025-04-09');
    expect(p.insurer).toBe('Frende');
  });
  it('a client\'s reply that names the carrier over the carrier\'s own quoted letter: the quoted letter\'s date', () => {
    const p = parse(`Fra: Siri Dahl <siri@dahlbygg.no>\nSendt: 9. april 2025 13:42\nTil: Kari\nEmne: SV: Fornyelse\n\nTakk, jeg har lest brevet fra Frende Forsikring AS.\n\n-----Opprinnelig melding-----\nFra: Frende <kundeservice@frende.no>\nSendt: 7. april 2025 08:00\nTil: Siri Dahl\nEmne: Fornyelse\n\nAvtalenummer: 5530 2281 40\nFrende Forsikring AS\n`);
    expect(p.issued).toBe('2025-04-07');
  });
});

describe('insurer: an insurer\'s reply over the client\'s quoted question', () => {
  // (private-holdout96/storebrand-epost-fornyelse-bedriftspakke-2025: the reply's signature names the insurer, the quoted question only its address)
  it('«Fra: …@storebrand.no», «Emne: SV: …» over «-----Opprinnelig melding-----»: the reply\'s signature names the insurer', () => {
    const p = parse('Fra: Storebrand Bedrift <bedrift@storebrand.no>\nSendt: 14. mars 2025 09:12\nTil: post@firma.no\nEmne: SV: Fornyelse\n\nFornyelse gjelder fra 01.04.2025.\n\nMed vennlig hilsen\nJonas Myhre\nStorebrand Forsikring AS\n\n-----Opprinnelig melding-----\nFra: Mira Lund <post@firma.no>\nSendt: 12. mars 2025 21:47\nTil: Storebrand Bedrift <bedrift@storebrand.no>\nEmne: Fornyelse\n\nHva endres?\n');
    expect(p.insurer).toBe('Storebrand');
  });
  it('a forward («Emne: VS: …») of a broker still names the forwarded letter\'s insurer, not the broker', () => {
    const p = parse('Fra: Trond Aas <trond@aasforsikring.no>\nSendt: 17. november 2025 10:24\nEmne: VS: Fornyelse\n\nHer er fornyelsen.\n\nVennlig hilsen\nTrond Aas\nAas Forsikring AS\n\n-----Opprinnelig melding-----\nFra: Agria Dyreforsikring <kundeservice@agria.no>\nSendt: 12. november 2025 08:55\nEmne: Fornyelse\n\nForsikringsnummer: HU 5520 1187\n\nMed vennlig hilsen\nAgria Dyreforsikring AS\n');
    expect(p.insurer).toBe('Agria');
  });
});

describe('insurer: the company that carries the risk, and the bank that sells it', () => {
  it('«Forsikringsgiver er Insr Insurance Group ASA. Instabank ASA formidler forsikringen som agent.» under the bank\'s brand: the insurer, not the agent', () => {
    // (the name's run stops at its sentence's full stop: the next sentence's «formidler» is the bank's)
    const p = parse('Instabank Forsikring\n\nForsikringsbevis\nPolisenummer: INS-4471092\n\nForsikringsgiver er Insr Insurance Group ASA. Instabank ASA formidler forsikringen som agent.\n');
    expect(p.insurer).toBe('Insr Insurance Group');
    expect(p.warnings).toEqual([]);
  });
});

describe('issue date: a mail header whose date is not read', () => {
  it('«Sent: Monday, November 3, 2025 2:02 PM» over a letter with no date: a warning naming the line, no date', () => {
    const p = parse('From: Eika <bedrift@eika.no>\nSent: Monday, November 3, 2025 2:02 PM\nSubject: Fornyelse\n\nAvtalenummer: 5530 2281 40\nForsikringene fornyes 1. januar 2026.\n');
    expect(p.issued).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('line 2: issue date: could not read the date the message was sent in «Sent: Monday, November 3, 2025 2:02 PM»');
  });
});

describe('renewal letters and running headers of session 17', () => {
  it('«Endringene trer i kraft ved fornyelsen 01.03.2027»: the renewal named right before its date', () => {
    expect(parse('Storebrand Forsikring AS\nFornyelse\n\nEndringene trer i kraft ved fornyelsen 01.03.2027.\n').renewal_date).toBe('2027-03-01');
  });
  it('nynorsk «Utarbeidd 14.11.2026» at the right of a running header, on each page: the issue date, once', () => {
    const page = 'Forsikringsbevis – personalforsikringar                      Utarbeidd 14.11.2026\n\nAvtalenummer  4471 2290\n';
    const p = parse(`${page}\f${page}`);
    expect(p.issued).toBe('2026-11-14');
    expect(p.warnings).toEqual([]);
  });
  it('«SpareBank 1 Forsikring» without its form in the letterhead and the footer is the insurer', () => {
    const p = parse('SpareBank 1 Forsikring\nFornyelse\nForsikringsnummer 7712345\n\nSpareBank 1 Forsikring · Postboks 778 Sentrum · 0106 Oslo\n');
    expect(p.insurer).toBe('SpareBank 1');
  });
  it('the brand «SpareBank 1 Forsikring» yields to the company that writes under it, «Fremtind Forsikring AS»', () => {
    const p = parse('SpareBank 1 Forsikring\nFremtind Forsikring AS\nForsikringsnummer 7712345\n\nSpareBank 1 Forsikring\n');
    expect(p.insurer).toBe('Fremtind');
    expect(p.warnings).toEqual([]);
  });
});

describe('a «Hovedforfall» without its year', () => {
  it('«Endring Forsikringsnummer Gjelder fra Hovedforfall» over «Ny 61820473 15.09.2026 01.02.»: the first 1 February after the change', () => {
    const p = parse('Codan Forsikring AS\nEndring\n\nEndring   Forsikringsnummer   Gjelder fra   Hovedforfall   Betalingsterminer\nNy        61820473            15.09.2026    01.02.         12\n');
    expect(p.renewal_date).toBe('2027-02-01');
  });
  it('«Gjelder fra 01.02.2027» and «Hovedforfall 01.02.» agree: one date, no warning', () => {
    const p = parse('Utstedt       Forsikringsnummer     Gjelder fra     Hovedforfall\n12.01.2027    7712345               01.02.2027      01.02.\n');
    expect(p.renewal_date).toBe('2027-02-01');
    expect(p.warnings).toEqual([]);
  });
  it('without a period\'s first day the year is not guessed', () => {
    expect(parse('Forsikringsnummer 7712345\nHovedforfall 01.02.\n').renewal_date).toBeUndefined();
  });
});

describe('policy number: an overview\'s agreement over the insurances in it', () => {
  const head = 'Avtaleperiode:    01.01.2027 - 31.12.2027\nKundenummer:      4410073\nAvtalenummer:     2604-771902\n\n';
  it('one «Avtalenummer» beside the «Forsikringsnummer» of several insurances: the agreement\'s', () => {
    const p = parse(`${head}Forsikringsbevis  Kommuneeigedom   Forsikringsnummer 1106612\n\nForsikringsbevis  Motorvogn   Forsikringsnummer 1106614\n`);
    expect(p.policy_number).toBe('2604-771902');
    expect(p.warnings.join('\n')).toMatch(/2604-771902 .* is used; the document also states 1106612 .* and 1106614/);
  });
  it('beside a single other number: two candidates, none used', () => {
    const p = parse(`${head}Forsikringsbevis  Kommuneeigedom   Forsikringsnummer 1106612\n`);
    expect(p.policy_number).toBeUndefined();
  });
});

describe('insured persons: nynorsk «Tal tilsette» and «Tal årsverk» in thousands', () => {
  it('«Tal tilsette: 1 412           Tal årsverk: 1 184,6»', () => {
    const p = parse('Avtalenummer 5017731\nTal tilsette: 1 412           Tal årsverk: 1 184,6\n');
    expect(p.insured_persons).toEqual({ count: 1412, fte: '1184.6' });
  });
  it('full-time equivalents alone state no count (never a count of 0)', () => {
    expect(parse('Avtalenummer 5017731\nTal årsverk: 12,5\n').insured_persons).toBeUndefined();
  });
});

describe('the renewal date in a letter\'s sentence', () => {
  // a natural-damage notice: «Forsikringen din fornyes ellers på samme vilkår som i dag. Fornyelsesdato
  // er 01.01.2025. Du får eget forsikringsbevis …»
  it('«Fornyelsesdato er 01.01.2025», broken over two lines, is the renewal date', () => {
    const p = extractPolicy(textToSource('Dato: 02.12.2024\n\nForsikringen din fornyes ellers på samme vilkår som i dag. Fornyelsesdato\ner 01.01.2025. Du får eget forsikringsbevis med alle detaljer.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.renewal_date).toBe('2025-01-01');
  });
});

describe('policy number: two labels\' values run together on one line', () => {
  // a PDF whose «Forsikringsnummer   71-448201» and «Kundenummer   1009 5521» lines were set as one:
  // «Forsikringsnummer Kundenummer 71-448201 1009 5521»
  it('a run of six digits then a group after a space could be one number or two: warned, not read', () => {
    const p = parse('Forsikringstaker   Ola Vangen   Forsikringsnummer 71-448201 1009 5521\n');
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«71-448201 1009 5521» could be one number or two/);
  });
  it('a number grouped by five and four digits is one number («Avtalenummer: 88214 0391»)', () => {
    expect(parse('Avtalenummer: 88214 0391\n').policy_number).toBe('882140391');
  });
});

describe('policy number: an amount beside the label is no number', () => {
  // a page set in two columns whose lines a PDF joined: «Forsikringsnummer» on the left, «2 000 kr» (a deductible) on the right
  it('«Forsikringsnummer   2 000 kr» gives no policy number', () => {
    expect(parse('Fremtind\nUtstedt: 18.03.2026\nForsikringsnummer          2 000 kr\n32661807                   620 kr\n').policy_number).toBeUndefined();
  });
  it('«Forsikringsnummer 2000,-» neither', () => {
    expect(parse('Utstedt: 18.03.2026\nForsikringsnummer 2000,-\n').policy_number).toBeUndefined();
  });
});

describe('policy number: a value beside the label and another under it', () => {
  // a page in two columns whose lines a PDF joined: «Avtalenummer» over «FTB-5540 2218» on the left, the
  // overview's «2 140» (a premium) and «Totalt per år» on the right
  const text = 'Fremtind\nUtstedt: 16.02.2026\nOrg.nr.            Førsterisiko 250 000\n998 114 602        6 000\nAvtalenummer       2 140\nFTB-5540 2218      Totalt per år\nKundenummer        188 140\n';
  it('two readings: warned, none read', () => {
    const p = parse(text);
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«2 140» beside the label and «FTB-5540 2218» under it; not read/);
  });
  it('a label beside its number over the next label is read as before', () => {
    expect(parse('Utstedt: 16.02.2026\nAvtalenummer       55402218\nKundenummer        7 710 443\n').policy_number).toBe('55402218');
  });
});

describe('a liability programme\'s head', () => {
  const head = (extra: string): Policy =>
    parse(`Chubb European Group SE, Norway Branch\n\nPolisenummer ................ NOCHB-27-448120\nTidligere polisenummer ...... NOCHB-26-401775\nUtstedt ..................... 09.12.2026\n\n${extra}\n`);
  it('«Tidligere polisenummer» is the replaced policy\'s number: no rival, nothing unread', () => {
    // (docs/chubb-ansvarsprogram-seksjoner-tidligere-polise-2027, lines 7–8)
    const p = head('');
    expect(p.policy_number).toBe('NOCHB-27-448120');
    expect(p.warnings.join('\n')).not.toContain('NOCHB-26-401775');
  });
  it('a bare short name that begins the one legal name of the document («Chubb» in the terms beside «Chubb European Group SE») is that company', () => {
    // (the same document, line 42: «Vilkår: Chubb Ansvar NO 2024, Chubb Produktansvar NO 2024.»)
    const p = head('Vilkår: Chubb Ansvar NO 2024, Chubb Produktansvar NO 2024.');
    expect(p.insurer).toBe('Chubb European Group');
  });
});

describe('G: a figure inside a longer number is none', () => {
  // a page in two columns whose lines a PDF joined: «Avtalenr.: 310488721» on the left, «Dødsfall   5 G» on the right
  it('«Avtalenr.: 310488721 Dødsfall 5 G» gives no G of 310 488', () => {
    expect(parse('Utstedt: 22.04.2025\nAvtalenr.:    310488721        Dødsfall    5 G\n').base_amount_g).toBeUndefined();
  });
  it('«G er kr 130 160» still gives G', () => {
    expect(parse('Utstedt: 22.04.2025\nG = folketrygdens grunnbeløp, pr. 1. mai 2025 kr 130 160.\n').base_amount_g).toBe('130160');
  });
});

describe('a broker\'s overview of several insurers: a number beside one of them is that insurer\'s', () => {
  // 55/soderberg-partners-forsikringsoversikt: «2. ANSVAR (Protector Forsikring ASA, polise PA-77120)» among sections of Gjensidige, Storebrand and Tryg
  it('«2. ANSVAR (Protector Forsikring ASA, polise PA-77120)»: no policy number, a warning naming it', () => {
    const doc = [
      'Nordlys Forsikringsmegling AS',
      'Forsikringsoversikt 2027',
      '',
      '1. EIENDOM (Gjensidige Forsikring ASA, avtale 84 411 907)',
      'Næringsbygg     Havnegata 2, 9300 Finnsnes     NOK 64 200 000     NOK 50 000     NOK 71 400',
      '',
      '2. ANSVAR (If Skadeforsikring NUF, polise PA-55120)',
      'Bedriftsansvar     NOK 20 000 000     NOK 25 000     NOK 38 500',
      '',
      '3. MOTOR (Tryg Forsikring, avtale 7719 0553)',
      'Lastebil     VH 41872     Kasko     NOK 20 000     NOK 46 310',
    ].join('\n');
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)), {});
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/PA-55120 stands beside If/);
  });
});

describe('renewal date: a period\'s word that dates something else', () => {
  // docs/frende-bilbevis-forsikring-under-bil-2027: «Vilkår: Motorvognforsikring Frende, gjeldende fra 01.01.2026.»
  it('the conditions\' version date is no period\'s first day', () => {
    const p = parse('Polisenummer: FR-2207815\nGjelder fra: 01.01.2027\nGjelder til: 31.12.2027\n\nVilkår: Motorvognforsikring Frende, gjeldende fra 01.01.2026.\n');
    expect(p.renewal_date).toBe('2027-01-01');
    expect(p.warnings).toEqual([]);
  });
  // a renewal letter: «Forsikringssummane … er regulerte med indeksen som gjeld frå 1. januar 2026.»
  it('a relative clause («indeksen som gjeld frå …») dates the thing before «som»', () => {
    const p = parse('Avtalenummer: 5512 4401\nFornyinga gjeld frå 1. april 2026\n\nForsikringssummane er regulerte\nmed indeksen som gjeld frå 1. januar 2026.\n');
    expect(p.renewal_date).toBe('2026-04-01');
  });
});

describe("a broker's overview: one insurer's agreement renews on its own date", () => {
  // holdout 61, Söderberg & Partners: «- Yrkesskade hos Gjensidige fornyes 01.07.2026; premien er foreløpig.» under a
  // `|` table whose rows name If, Tryg and Gjensidige
  const table = '| Selskap | Avtale | Forsikring | Sum | Egenandel | Premie |\n|---|---|---|---|---|---|\n| If | SP 771 004 | Bygning | 36 200 000 kr | 50 000 kr | 41 300 kr |\n| Tryg | 5001-33871 | Bedriftsansvar | 20 000 000 kr | 20 000 kr | 12 640 kr |\n| Gjensidige | 81 223 409 | Yrkesskade | lovbestemt | 0 kr | 51 900 kr |\n\n';
  it('is not the overview\'s renewal date, and is said', () => {
    const p = parse(`Forsikringsoversikt 2026\n\n${table}Merknader\n- Yrkesskade hos Gjensidige fornyes 01.07.2026; premien er foreløpig.\n`);
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings?.some((w) => w.includes("one insurer's agreement"))).toBe(true);
  });
  it("a letter of one insurer: «Forsikringen din hos Gjensidige fornyes 01.07.2026» is the renewal", () => {
    const p = parse('Forsikringen din hos Gjensidige fornyes 01.07.2026.\n\nForsikringsnummer: 81 223 409\n');
    expect(p.renewal_date).toBe('2026-07-01');
  });
});

describe('«Gyldig:» over a period', () => {
  // private-holdout71/insr-innbo-reise-leietaker: «Gyldig: 01.07.2025 til 30.06.2026» and «fornyes automatisk 01.07.2026» further down
  it('is the period, its first day the renewal date; the next renewal is not', () => {
    const p = parse('Polisenummer: AB-1234567\nUtstedt: 10.06.2025\nGyldig: 01.07.2025 til 30.06.2026\n\nForsikringen fornyes automatisk 01.07.2026 dersom den ikke sies opp.\n');
    expect(p.renewal_date).toBe('2025-07-01');
  });
  it('«Gyldig» with a dash between the dates too', () => {
    const p = parse('Polisenummer: AB-1234567\nGyldig: 01.03.2026 – 28.02.2027\n');
    expect(p.renewal_date).toBe('2026-03-01');
  });
});

describe('issue date: a letter\'s own «Dato:» in a forwarded message', () => {
  // a KLP renewal forwarded by a municipality: «Sendt: 6. november 2024 08:15» in the quoted header, then the letter
  // «KLP Skadeforsikring AS» / «Dato: 05.11.2024» / «Til: Verdal kommune» — no «Fra:» beside the letter's «Dato:»
  const DOC = [
    'Fra: Postmottak Nordbygd kommune <postmottak@nordbygd.kommune.no>',
    'Sendt: tirsdag 12. november 2024 14:03',
    'Emne: VS: Fornyelse 2025',
    '',
    '-----Opprinnelig melding-----',
    'Fra: KLP Skadeforsikring <skade.kommune@klp.no>',
    'Sendt: 6. november 2024 08:15',
    'Emne: Fornyelse 2025',
    '',
    'KLP Skadeforsikring AS',
    'Dato: 05.11.2024',
    '',
    'Til: Nordbygd kommune',
    'Avtalenummer: 5210-33871',
  ].join('\n');
  it('the letter\'s «Dato:» over «Til:» is its issue date, not the day the message was sent', () => {
    expect(parse(DOC).issued).toBe('2024-11-05');
    expect(parse(DOC.replace('\n\nTil:', '\nTil:')).issued).toBe('2024-11-05');
  });
  it('Thunderbird\'s forward header «Dato:» over «Fra:» is still a mail header', () => {
    const mail = 'Emne: Fornyelse\nDato: 6. november 2024 08:15\nFra: KLP Skadeforsikring <skade@klp.no>\nTil: post@nordbygd.no\n\nAvtalenummer: 5210-33871\n';
    expect(parse(mail).issued).toBe('2024-11-06');
  });
});

describe('insurer: the brand a customer bought under, at the head of a page', () => {
  const page = (head: string, foot = ''): string =>
    `${head}\nLogg ut\n\nMine forsikringer\nAvtalenummer 4004778190\n\nHusforsikring\nForsikringssum  Fullverdi\nPris per år  kr 9 480\n${foot}`;
  // «SpareBank 1» alone over a copied «Mine forsikringer» page: the brand, as the customer reads it
  it('a listed brand alone on the first line is the letterhead', () => {
    expect(parse(page('SpareBank 1')).insurer).toBe('SpareBank 1');
  });
  // «SpareBank 1 Nord-Norge» over the page and «© SpareBank 1» under it: a bank of the alliance names the brand
  it('a bank of the alliance over the page, the brand in its copyright line', () => {
    expect(parse(page('SpareBank 1 Nord-Norge', '\nPersonvern   Kontakt oss   © SpareBank 1\n')).insurer).toBe('SpareBank 1');
  });
  // «Forsikringen er levert av Fremtind Forsikring AS og formidlet av SpareBank 1 Østlandet.»
  it('the brand yields to the company named by its legal name', () => {
    expect(parse(page('SpareBank 1 Østlandet', '\nForsikringen er levert av Fremtind Forsikring AS og formidlet av SpareBank 1 Østlandet.\n')).insurer).toBe('Fremtind');
  });
  // a bare name once, in the body and not at the head, is still not enough to name the insurer
  it('a bare name once in the body names no insurer', () => {
    expect(parse('Mine forsikringer\nAvtalenummer 4004778190\n\nSkader meldes på nett hos Tryg.\n').insurer).toBeUndefined();
  });
});

describe('insurer: a brand and the company that owns it, in the words web pages use', () => {
  // «Insr Forsikring er et varemerke i Insr Insurance Group ASA.» under «Insr Forsikring»
  it('«varemerke i» names the owner, not a second insurer', () => {
    expect(parse('Insr Forsikring\n\nForsikringsbevis\nPolisenummer: INSR-NO-4471823\n\nInsr Forsikring er et varemerke i Insr Insurance Group ASA.\n').insurer).toBe('Insr');
  });
  // a web page's footer «© Insr Insurance Group ASA» under its brand's header
  it('the copyright holder of the page is the brand\'s owner', () => {
    expect(parse('Min side\nInsr Forsikring\n\nInnboforsikring\nPolisenummer: INSR-NO-4471823\nInsr Forsikring\n\n© Insr Insurance Group ASA\n').insurer).toBe('Insr');
  });
  // «Jernbanepersonalets forsikring gjensidig» as its letters sign
  it('a mutual\'s name in lower case, as its own letters write it', () => {
    expect(parse('Jernbanepersonalets forsikring gjensidig\n\nForsikringsbevis\nAvtalenummer 55120487\n').insurer).toBe('Jernbanepersonalets Forsikring');
  });
});

describe('renewal date: the insurance year and a period «fra og med … til og med …»', () => {
  const doc = (line: string): string => `Forsikringsoversikt\nAvtalenummer 12345678\n${line}\n`;
  // «Forsikringsår: 01.02.2026 - 31.01.2027» in a broker's overview
  it('«Forsikringsår» over a period is the period', () => {
    expect(parse(doc('Forsikringsår:    01.02.2026 - 31.01.2027')).renewal_date).toBe('2026-02-01');
    expect(parse(doc('Gjelder forsikringsåret 1. januar 2026 – 31. desember 2026')).renewal_date).toBe('2026-01-01');
  });
  // nynorsk «Forsikringstida: 1. januar 2026 – 31. desember 2026»
  it('nynorsk «Forsikringstida»', () => {
    expect(parse(doc('Forsikringstida:      1. januar 2026 – 31. desember 2026')).renewal_date).toBe('2026-01-01');
  });
  // «Forsikringsperiode ...... fra og med 1. juli 2025 til og med 30. juni 2026»
  it('dot leaders and «fra og med» after the label', () => {
    expect(parse(doc('Forsikringsperiode ...... fra og med 1. juli 2025 til og med 30. juni 2026')).renewal_date).toBe('2025-07-01');
  });
  // «Forsikringsperioden gjelder fra og med 01.05.2026 til og med 30.04.2027.»
  it('a period in a sentence, «fra og med … til og med …»', () => {
    expect(parse(doc('Forsikringsperioden gjelder fra og med 01.05.2026 til og med 30.04.2027.')).renewal_date).toBe('2026-05-01');
  });
  // a year's price «per forsikringsår» dates nothing
  it('«per forsikringsår» beside an amount is no period', () => {
    expect(parse(doc('Pris per forsikringsår: kr 4 200')).renewal_date).toBeUndefined();
  });
});

describe('insured persons: a count label with words between it and its figure', () => {
  // staff-insurance letters and broker overviews say whom the count is for between the label and the colon
  const head = 'Avtalenummer 5017731\n';
  it.each([
    ['Antall ansatte i ordningen: 26', 26],
    ['Antall ansatte omfattet av avtalen: 33', 33],
    ['Antall forsikrede ved fornyelsen: 51', 51],
    ['Antall ansatte (yrkesskade og gruppeliv): 44', 44],
    ['Antall forsikrede ansatte (yrkesskade og gruppeliv): 63', 63],
    ['Antall ansatte / Number of employees: 19', 19],
    ['Talet på tilsette:   16', 16],
    ['Antall ansatte er oppdatert til 52.', 52],
    ['- Antall ansatte lagt til grunn for yrkesskade: 39.', 39],
    ['- Tal tilsette: 12', 12],
  ])('«%s»', (line, count) => {
    expect(parse(`${head}${line}\n`).insured_persons?.count).toBe(count);
  });
  it('a figure before the people word, said to be insured or enrolled: «61 ansatte er forsikret.»', () => {
    expect(parse(`${head}Fra 1. januar er 61 ansatte forsikret.\n`).insured_persons?.count).toBe(61);
    expect(parse(`${head}Per 1. november er 57 ansatte meldt inn i ordningen.\n`).insured_persons?.count).toBe(57);
  });
  it('a line of an employee insurance with its count: «Yrkesskade: uendret, 29 ansatte.»', () => {
    expect(parse(`${head}- Yrkesskade: uendret, 29 ansatte.\n`).insured_persons?.count).toBe(29);
    expect(parse(`${head}* Yrkesskade for 11 tilsette: pris 8 100 kr\n`).insured_persons?.count).toBe(11);
  });
  it('two employee insurances with different counts: a warning, never their sum', () => {
    const p = parse(`${head}- Yrkesskade: 29 ansatte\n- Gruppeliv: 27 ansatte\n`);
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/insured persons: the document states 29 .* and 27 .*; none is used/);
  });
  it('a limit of the terms is no count: «Yrkesskade for bedrifter med minst 10 ansatte»', () => {
    expect(parse(`${head}Yrkesskade for bedrifter med minst 10 ansatte.\n`).insured_persons).toBeUndefined();
  });
  it('the label opening a sentence after another, or after a heading in capitals run into it', () => {
    expect(parse(`${head}Yrkesskade (Tryg): ingen endringer. Antall ansatte er oppdatert til 48.\n`).insured_persons?.count).toBe(48);
    expect(parse(`${head}2  YRKESSKADE / WORKERS COMPENSATION\n   Antall ansatte / Number of employees: 36\n   Årsverk / Full-time equivalents:   31,5\n`).insured_persons).toEqual({ count: 36, fte: '31.5' });
    // (a count's label inside a sentence of the terms is no statement of the staff)
    expect(parse(`${head}Premien regnes etter antall ansatte: se vilkårene punkt 4.\n`).insured_persons).toBeUndefined();
  });
  it('labelled bullets: «- Tal tilsette: 14» over «- Tal årsverk: 11,2»', () => {
    expect(parse(`${head}- Tal tilsette: 13\n- Tal årsverk: 10,8\n`).insured_persons).toEqual({ count: 13, fte: '10.8' });
  });
  it('an occupation breakdown in bullets is still summed', () => {
    expect(parse(`${head}Yrkesfordeling:\n- Kontor: 12 personer, 10,5 årsverk\n- Lager: 7 personer, 6 årsverk\n`).insured_persons?.count).toBe(19);
  });
});

describe('a date is never a policy number', () => {
  // 84/frende-borettslag-forsikringsbevis: «Forsikringstaker   Forsikringsnummer» / «… 3307-118845» / «…   Utstedt» / «…   09.12.2025»
  it('drops a date offered as the number, and says so', () => {
    const p = parse(['Avtalenummer', '14.03.2026', '', 'Bygning   Fullverdi   kr 12 000'].join('\n'));
    expect(p.policy_number).toBeUndefined();
  });
});

describe('a company name with «&»', () => {
  // 86/gard-fiskefartoy-kasko-2027: «GARD MARINE & ENERGY FORSIKRING AS» as the letterhead and the signature
  it('is one name, not the words after the «&»', () => {
    const p = parse(['Gard Marine & Energy Forsikring AS', 'Forsikringsbevis kasko', '', 'Kasko   kr 24 000 000   kr 150 000   kr 118 000', '', 'Gard Marine & Energy Forsikring AS'].join('\n'));
    expect(p.insurer).toBe('Gard Marine & Energy');
  });
});

describe('a mutual marine club as the insurer', () => {
  // a hull certificate: «NORWEGIAN HULL CLUB» over «Gjensidig Assuranseforening», the club's name again in the footer
  it('the club\'s name in capitals at the head and in the footer', () => {
    const p = parse(['NORWEGIAN HULL CLUB', 'Gjensidig Assuranseforening', '', 'CERTIFICATE OF INSURANCE / FORSIKRINGSBEVIS', '', 'Kasko   NOK 45 000 000   NOK 250 000   NOK 382 500', '', 'Norwegian Hull Club · Org.nr. 961 519 810 · P.O. Box 2400 Nordnes, 5838 Bergen'].join('\n'));
    expect(p.insurer).toBe('Norwegian Hull Club');
  });
});

describe('a broker\'s reply over the client\'s question', () => {
  // a broker answers «SV:» with the insurer's terms; the client's question, quoted under it, names another date and company
  const mail = 'Fra: Ola Berg <ola.berg@marsh.com>\nSendt: 14. november 2025 09:12\nTil: Kari Dahl <kari@dahlbygg.no>\nEmne: SV: Fornyelse eiendom 2026\n\nHei Kari,\n\nFornyelsen er klar. Hovedpunktene:\n\n  Forsikringsselskap:   If Skadeforsikring NUF\n  Polisenummer:         SP 5512 0041\n\nMed vennlig hilsen\nOla Berg\nMarsh AS\n\n-----Opprinnelig melding-----\nFra: Kari Dahl <kari@dahlbygg.no>\nSendt: 3. november 2025 15:40\nTil: Ola Berg <ola.berg@marsh.com>\nEmne: Fornyelse eiendom 2026 - Tryg\n\nHar dere hørt fra Tryg?\n';
  it('the reply is the letter: its «Sendt:» is the issue date, the company it names the insurer', () => {
    const p = parse(mail);
    expect(p.issued).toBe('2025-11-14');
    expect(p.insurer).toBe('If');
  });
  it('a broker\'s forward («VS:») passes the quoted letter on: the quoted message\'s date', () => {
    const p = parse(mail.replace('Emne: SV:', 'Emne: VS:'));
    expect(p.issued).toBe('2025-11-03');
  });
});

describe('HDI\'s two companies', () => {
  // «HDI Global SE, Norway Branch» over a certificate: the company without its form, as «HDI Global Specialty SE» is
  it('«HDI Global SE» is «HDI Global»; «HDI Global Specialty SE» «HDI Global Specialty»', () => {
    expect(parse('HDI Global SE, Norway Branch\nForsikringsbevis\nPolisenummer: NO-PRP-2026-00412\n').insurer).toBe('HDI Global');
    expect(parse('HDI Global Specialty SE, Norway Branch\nForsikringsbevis\nPolisenummer: NO-LIA-26-00412\n').insurer).toBe('HDI Global Specialty');
  });
});

describe('an insurer\'s reply over the client\'s question: a number the question names is another insurance\'s', () => {
  // «Polisenummer: 5100 2287 14» in the reply, «(polise 5100 1876 30)» of the client's contents insurance in the question it quotes
  const question = '\n-----Opprinnelig melding-----\nFra: Ola Dahl <ola.dahl@example.no>\nSendt: mandag 4. mai 2026 20:10\nTil: kundeservice@if.no\nEmne: Båtforsikring\n\nJeg har husforsikring hos dere fra før (avtalenummer 7781 4410 22). Hva koster båten?\n';
  it('the reply\'s own number is the document\'s', () => {
    const p = parse(`Fra: If <kundeservice@if.no>\nSendt: tirsdag 5. mai 2026 09:02\nTil: Ola Dahl <ola.dahl@example.no>\nEmne: SV: Båtforsikring\n\nHei Ola,\n\nBåten er forsikret.\n\nPolisenummer: 7781 5520 91\n${question}`);
    expect(p.policy_number).toBe('7781552091');
  });
  it('a forward of the same messages by someone else keeps both as candidates (a warning)', () => {
    const p = parse(`Fra: Kari <kari@example.no>\nSendt: tirsdag 5. mai 2026 09:02\nTil: Ola Dahl <ola.dahl@example.no>\nEmne: VS: Båtforsikring\n\nHei Ola,\n\nPolisenummer: 7781 5520 91\n${question}`);
    expect(p.policy_number).toBeUndefined();
  });
});

describe('renewal date: a new period said to start on a date', () => {
  // an insurer's answer by e-mail: «Ny forsikringsperiode starter 1/3-25. Prisen for hytta går opp med 6 %, …»
  it.each([
    ['Ny forsikringsperiode starter 1/3-25. Prisen for hytta går opp med 6 %.', '2025-03-01'],
    ['Den nye perioden begynner 1. mars 2025, og prisen blir 7 812 kr.', '2025-03-01'],
    ['Ny forsikringsperiode byrjar 01.03.2025.', '2025-03-01'],
  ])('«%s» → %s', (sentence, date) => {
    expect(parse(`Forsikringsnummer 60234418\n\nHei Per,\n\n${sentence}\n`).renewal_date).toBe(date);
  });
  it('a period that starts, not said to be new, dates nothing («Perioden starter 1. mars 2025»)', () => {
    expect(parse('Forsikringsnummer 60234418\n\nPerioden starter 1. mars 2025.\n').renewal_date).toBeUndefined();
  });
});

describe('a header whose stacked labels and dates ran together', () => {
  // a farm certificate's header beside the holder's address: «Utstedt 05.02.2025» over «Gjelder fra 15.02.2025», two columns
  it('«Utstedt Gjelder fra» beside «05.02.2025 15.02.2025»: each label its own date', () => {
    const p = parse('Forsikringstaker                      Avtalenr.        771304-01\nNordre Haug gård DA                   Utstedt          05.02.2025\nv/ Even og Marit Haug                 Gjelder fra      15.02.2025\nNordre Haugsveg 61                    Gjelder til      14.02.2026\n');
    expect([p.issued, p.renewal_date]).toEqual(['2025-02-05', '2025-02-15']);
  });
});

describe('«Avtale» and its number as a reference field\'s value', () => {
  it('«Vår ref.: Avtale 30 118 774 – Eigedomsforsikring for burettslag» names the policy', () => {
    expect(parse('Bergen, 14. november 2024\n\nVår ref.: Avtale 30 118 774 – Eigedomsforsikring for burettslag\nKundenr.: 5 004 2219\n').policy_number).toBe('30118774');
    expect(parse('Deres referanse: avtale 7712 4410\nDato: 02.12.2024\n').policy_number).toBe('77124410');
  });
  it('a reference that is no agreement is no policy number («Vår ref.: AON-NO-558120»), nor «avtale» after a reference in a sentence', () => {
    expect(parse('Vår ref.: AON-NO-558120\nDato: 02.12.2024\n').policy_number).toBeUndefined();
    expect(parse('Vår ref. gjelder avtale 2025 og er 12.\nDato: 02.12.2024\n').policy_number).toBeUndefined();
  });
});

describe('the insured counted as «sikrede»', () => {
  // a travel certificate in two languages: «Antall sikrede / Insured persons:   4» (its English taken out before the readers)
  it('«Antall sikrede: 3» is the count of insured persons', () => {
    expect(parse('Polisenummer: ER-4471902\nAntall sikrede:   3\n').insured_persons).toEqual({ count: 3 });
  });
});

describe('a count of employees in the business\'s description', () => {
  // a liability certificate's header: «Virksomhet:   Elektroinstallasjon, bygg og industri, ca. 35 ansatte»
  it('describes the firm, not the insured persons: a warning, no count', () => {
    const p = parse('Polise nr.:   AN-2027-0051\nVirksomhet:   Rørlegging og ventilasjon, om lag 18 ansatte\n');
    expect(p.insured_persons).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('describes the business'))).toBe(true);
  });
  it('a count labelled as such is still read', () => {
    expect(parse('Polise nr.:   AN-2027-0051\nAntall ansatte:   18\n').insured_persons).toEqual({ count: 18 });
  });
});

describe('renewal date: an insurer\'s reply that renews an insurance «med virkning fra» a date', () => {
  // an insurer's e-mail whose sentence wraps where the product's capitalised name begins: «… fornyer vi» over «Bedriftsansvar (inkl. produktansvar) med virkning fra 1. januar 2025 på disse»
  it('the verb ending the line above, the date on the line under it', () => {
    const p = parse('Polise 6620-114502\n\nHei Nina,\n\nTakk for svaret. Som avtalt med megleren fornyer vi\nStyreansvar (inkl. tilleggsdekning) med virkning fra 1. mars 2027 på disse\nvilkårene:\n');
    expect(p.renewal_date).toBe('2027-03-01');
  });
  it('a sentence ended on the line above renews nothing on the line under it', () => {
    const p = parse('Polise 6620-114502\n\nHei Nina,\n\nVi fornyer gjerne.\nStyreansvar (inkl. tilleggsdekning) ble endret fra 1. mars 2027 for styret.\n');
    expect(p.renewal_date).toBeUndefined();
  });
  // written after an insurer's e-mail to a business: «Som avtalt fornyer vi Bedriftsansvar (inkl. produktansvar) med virkning fra …»
  it('an abbreviation\'s dot between the verb and the date is no sentence\'s end', () => {
    const p = parse('Polise 6620-114502\n\nHei Nina,\n\nSom avtalt fornyer vi Styreansvar (inkl. tilleggsdekning) med virkning fra 1. mars 2027 på disse vilkårene.\n');
    expect(p.renewal_date).toBe('2027-03-01');
  });
});

/** A PDF's page read through the layout: rows of a baseline, then each item's text, x and width (font size 9). */
const parsePdf = (rows: [number, ...[string, number, number][]][]): Policy => {
  const items = rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 })));
  const layout = layoutPages([{ height: 842, items }]);
  return extractPolicy({ file: 'doc.pdf', sha256: '0'.repeat(64), kind: 'pdf', pages: 1, lines: layout.lines, running: layout.running });
};

describe('a header\'s stacked labels and values, each flowed into one cell of a row', () => {
  // LibreOffice's table row of «9990 Båtsfjord | Dato: … Avtalenummer: | 14.12.2026 … 4010 55213», the cells wrapped
  it('the date and the period first are their labels\'; the numbers after them, run together, are warned of', () => {
    const p = parsePdf([
      [775.8, ['Frende Skadeforsikring AS', 62.5, 110]],
      [696.2, ['9990', 64, 20], ['Dato: Avtaleperiode: Kundenummer:', 108.9, 145.6], ['14.12.2026 01.01.2027 - 31.12.2027 100 233 871 4010', 303.9, 220.8]],
      [685.8, ['Båtsfjord', 64, 35.5], ['Avtalenummer:', 108.9, 60.5], ['55213', 303.9, 25]],
    ]);
    expect([p.issued, p.renewal_date, p.policy_number]).toEqual(['2026-12-14', '2027-01-01', undefined]);
    expect(p.warnings.join('\n')).toMatch(/«Kundenummer», «Avtalenummer» run together/);
  });
  it('as many values as labels: each label its own', () => {
    const p = parsePdf([
      [696.2, ['9990', 64, 20], ['Dato: Avtaleperiode: Kundenummer:', 108.9, 145.6], ['14.12.2026 01.01.2027 - 31.12.2027 5508213', 303.9, 183.2]],
      [685.8, ['Båtsfjord', 64, 35.5], ['Avtalenummer:', 108.9, 60.5], ['71224409', 303.9, 40]],
    ]);
    expect([p.issued, p.renewal_date, p.policy_number]).toEqual(['2026-12-14', '2027-01-01', '71224409']);
  });
});

describe('a «Hovedforfall» among labels whose dates could not be paired', () => {
  // a club's overview from LibreOffice: «Gjelder fra», «Hovedforfall», «Betalingsterminer» stacked, set in one cell beside
  // «01.03.2027 01.03. 4»; the payment's «Forfallsdato» further down is the invoice's due date, no renewal
  it('the payment\'s due date is not read as the renewal date', () => {
    const p = parsePdf([
      [700.4, ['Postboks 12', 64, 49.5], ['Forsikringsnummer', 165.5, 77], ['55120447', 384.7, 40]],
      [673.7, ['Org.nr. 971 220 118', 64, 90], ['Gjelder fra Hovedforfall Betalingsterminer', 165.5, 165.1], ['01.03.2027 01.03. 4', 344.7, 80.1]],
      [520.0, ['Betaling', 62.5, 40]],
      [504.0, ['Kontonummer 1503 22 41187', 62.5, 120], ['KID 5512044702217', 190, 80]],
      [488.0, ['Forfallsdato 15.03.2027', 62.5, 104]],
    ]);
    expect(p.renewal_date).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«Hovedforfall» stands among other labels/);
  });
});
