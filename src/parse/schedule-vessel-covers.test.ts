import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { norwegianCoverName, vesselAsWritten } from './schedule-vessel-covers.js';
import { textToSource } from './text.js';

// A vessel's covers under the insurance the document names (src/parse/schedule-vessel-covers.ts): the vessel in a field of
// its own, a table of its covers, and the insurance named once — in the title, a heading alone, a «Produkt:» field or a
// renewal's title — as the coastal mutuals, Norwegian Hull Club and the marine desks of Gjensidige and Codan write them.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy) => p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium, c.index_class]);

describe("a vessel's cover table under the insurance the document names", () => {
  it('«FORSIKRINGSBEVIS – ARBEIDSBÅT» over «Skip: …» and «Forsikringsart | Forsikringssum | …»: the covers of the title\'s insurance, the vessel their object', () => {
    const p = parse(
      [
        'Gjensidige Forsikring ASA',
        '',
        'FORSIKRINGSBEVIS – ARBEIDSBÅT',
        '',
        'Polisenummer:      KS-2026-118',
        'Utstedt:           12.12.2025',
        'Forsikringsperiode: 01.01.2026 – 31.12.2026',
        '',
        'Skip:              MS «Brattholm», LK-88-F, IMO 9456120',
        '                   Byggeår 2008 · BT 210 · Lengde 24,6 m',
        '',
        'Dekning                 Forsikringssum      Egenandel          Premie',
        'Kasko                   kr 22 000 000       kr 100 000         kr 168 000',
        'Fraktinteresse          kr 5 500 000        Ingen egenandel    kr 12 100',
        'Krig                    kr 27 500 000       kr 100 000         kr 9 900',
        '',
      ].join('\n'),
    );
    expect(rows(p)).toEqual([
      ['Arbeidsbåt', 'Kasko', 'MS «Brattholm», LK-88-F, IMO 9456120', '22000000', '100000', '168000', 'none'],
      ['Arbeidsbåt', 'Fraktinteresse', 'MS «Brattholm», LK-88-F, IMO 9456120', '5500000', '0', '12100', 'none'],
      ['Arbeidsbåt', 'Krig', 'MS «Brattholm», LK-88-F, IMO 9456120', '27500000', '100000', '9900', 'none'],
    ]);
  });

  const fielded = (product: string, extra = '') =>
    [
      'Nordvest Sjøforsikring AS',
      'Forsikringsbevis',
      '',
      'Polisenr.:         NS-44 190',
      'Utstedt:           02.01.2026',
      'Forsikringstid:    15.01.2026 – 14.01.2027',
      `Produkt:           ${product}`,
      'Fartøy:            FF Havørn, N-55-VV',
      extra,
      '',
      'Dekning              Forsikringssum      Egenandel      Premie',
      'Kasko                NOK 14 000 000      NOK 75 000     NOK 96 400',
      'Fangst og redskap    NOK 1 200 000       NOK 25 000     NOK 14 300',
      '',
      'Egenandelen for skade på maskineri er NOK 150 000 (to ganger ordinær egenandel).',
      '',
    ].join('\n');

  it('«Produkt: Kaskoforsikring, Nordisk Sjøforsikringsplan kap. 17»: the field names the insurance, its conditions after the comma no part of it', () => {
    const p = parse(fielded('Kaskoforsikring, Nordisk Sjøforsikringsplan 2013, kap. 17'));
    expect(rows(p)).toEqual([
      ['Kaskoforsikring', 'Kasko', 'FF Havørn, N-55-VV', '14000000', '75000', '96400', 'none'],
      ['Kaskoforsikring', 'Fangst og redskap', 'FF Havørn, N-55-VV', '1200000', '25000', '14300', 'none'],
    ]);
  });

  it('a special deductible in a sentence («Egenandelen for skade på maskineri er NOK 150 000») is a rule of the covers, no cover', () => {
    const p = parse(fielded('Kaskoforsikring – Nordisk Sjøforsikringsplan 2013'));
    expect(p.coverages?.map((c) => c.coverage)).toEqual(['Kasko', 'Fangst og redskap']);
  });

  it('a heading alone, «Skipsforsikring», names the insurance as well', () => {
    const p = parse(fielded('Se vilkår').replace('Forsikringsbevis\n', 'Forsikringsbevis\n\nSkipsforsikring\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([
      ['Skipsforsikring', 'Kasko'],
      ['Skipsforsikring', 'Fangst og redskap'],
    ]);
  });

  it('no insurance named: the rows keep their own names and the object a reader gave them, their class none', () => {
    const p = parse(fielded('Se vilkår'));
    expect(rows(p)?.map((x) => [x[0], x[1], x[6]])).toEqual([
      ['Kasko', undefined, 'none'],
      ['Fangst og redskap', undefined, 'none'],
    ]);
  });

  it('two insurances named: which the rows are covers of is not said — a warning, and the rows keep their names', () => {
    const p = parse(fielded('Se vilkår').replace('Forsikringsbevis\n', 'FORSIKRINGSBEVIS – ARBEIDSBÅT\n\nSkipsforsikring\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([
      ['Kasko', undefined],
      ['Fangst og redskap', undefined],
    ]);
    expect(p.warnings.join('\n')).toMatch(/two insurances' names \(«FORSIKRINGSBEVIS – ARBEIDSBÅT», «Skipsforsikring»\)/);
  });
});

describe('the vessel and its covers as written', () => {
  it('the facts of the line under the name, joined to it, are no part of it; a fact after a comma on its own line is', () => {
    expect(vesselAsWritten('MS Havtind, IMO 9741234 Kallesignal LGTW, bygget 2016, 62,4 m, 1 870 BT')).toBe('MS Havtind, IMO 9741234');
    expect(vesselAsWritten('M/S Havbris, M-112-HØ IMO 9876543 · Kallesignal / Call sign LHBR')).toBe('M/S Havbris, M-112-HØ');
    expect(vesselAsWritten('MS «Kvitholmen», IMO 9388147, kallesignal LJXK')).toBe('MS «Kvitholmen», IMO 9388147, kallesignal LJXK');
  });
  it('«Kaskointeresse / Hull Interest»: the Norwegian name, the English after the slash left out', () => {
    expect(norwegianCoverName('Kaskointeresse / Hull Interest')).toBe('Kaskointeresse');
    expect(norwegianCoverName('Krigsforsikring / War Risks')).toBe('Krigsforsikring');
    expect(norwegianCoverName('Fangst og redskap')).toBe('Fangst og redskap');
    expect(norwegianCoverName('Brann / tyveri')).toBe('Brann / tyveri');
  });
});
