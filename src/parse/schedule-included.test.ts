import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { partLine, partValue } from './schedule-included.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a part of what a cover includes, one a line', () => {
  it('reads a name and its limit after a colon, a column gap or «inntil» in the words', () => {
    expect(partLine('Ansvar: 2.000.000 kr')).toEqual({ name: 'Ansvar', sum: '2000000' });
    expect(partLine('  - Rettshjelp        kr 150 000')).toEqual({ name: 'Rettshjelp', sum: '150000' });
    expect(partLine('  ✓ Skadedyr i hytta inntil 75 000 kr')).toEqual({ name: 'Skadedyr i hytta', sum: '75000' });
    expect(partLine('• Sjøredning: Etter regning')).toEqual({ name: 'Sjøredning', note: 'Etter regning' });
  });

  // an e-mail's «Inkludert i kasko:» over «  - Innbo og løsøre i campingvognen: inntil kr 40 000,-, egenandel kr 2 000,-»
  it('a part whose value states its limit, a comma and its own deductible has both', () => {
    expect(partLine('  - Fortelt og markise: inntil kr 25 000,-, egenandel kr 1 500,-')).toEqual({ name: 'Fortelt og markise', sum: '25000', deductible: '1500' });
    expect(partLine('  - Fortelt: inntil kr 25 000,-, egenandel 20 % av skaden')).toEqual({ name: 'Fortelt', named: true });
    const p = parse(
      'Forsikring: Bobilforsikring\nBobil: Knaus Sky TI 650, EK 55123\nDekning: Kasko\nForsikringssum: kr 610 000,-\nEgenandel: kr 6 000,-\n\n' +
        'Inkludert i kasko:\n  - Bagasje i bobilen: inntil kr 30 000,-, egenandel kr 1 000,-\n  - Sykkelstativ og sykler: inntil kr 20 000,-\n',
    );
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Bagasje i bobilen', sum: '30000', deductible: '1000' },
      { name: 'Sykkelstativ og sykler', sum: '20000' },
    ]);
  });

  it('a part with no figure is no item; a sentence or a figure it cannot place ends the list', () => {
    expect(partLine('  ✓ Brann, lynnedslag og storm')).toBe('skip');
    expect(partLine('Egenandelen ved tyveri av motor er 10 000 kr.')).toBeUndefined();
    expect(partLine('Ansvar: 2 000 000 kr eller 3 000 000 kr')).toBeUndefined();
  });

  it('the value: kroner, a limit, the one amount with its words after it, a way of payment in either language', () => {
    expect(partValue('inntil kr 25 000')).toEqual({ sum: '25000' });
    expect(partValue('NOK 15 000 per reise')).toEqual({ sum: '15000', note: 'per reise' });
    expect(partValue('Etter rekning / As incurred')).toEqual({ note: 'Etter rekning' });
    expect(partValue('se vilkårene punkt 4')).toBeUndefined();
  });
});

describe('a heading over the parts a cover includes', () => {
  it('«Inkludert i kasko» over labelled parts: the parts are the boat cover\'s items, never a product', () => {
    const p = parse(
      'Forsikringsnummer: 7712 0045\n\nBåt: Askeladden 525, reg.nr. ABC 123\n\nDekning: Kasko\nForsikringssum: 210.000 kr\nEgenandel: 4.000 kr\nPris per år: 2.980 kr\n\n' +
        'Inkludert i kasko\nAnsvar: 2.000.000 kr\nRettshjelp: 100.000 kr\nSjøredning: Etter regning\n',
    );
    expect(p.coverages?.length).toBe(1);
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ansvar', sum: '2000000' },
      { name: 'Rettshjelp', sum: '100000' },
      { name: 'Sjøredning', note: 'Etter regning' },
    ]);
  });

  it('«Dette er inkludert i Super» over ticked parts: the parts with a limit are the cover level\'s items', () => {
    const p = parse(
      'Avtalenummer 4410 2290\n\nHusforsikring\nSuper\n\nHva er forsikret?\nEnebolig\nLiavegen 3, 2830 Raufoss\n\nEgenandel\n8 000 kr\n\nPris\n9 120 kr per år\n\n' +
        'Dette er inkludert i Super\n  ✓ Brann og vannskade\n  ✓ Skadedyr inntil 75 000 kr\n  ✓ Rettshjelp inntil 150 000 kr\n',
    );
    const c = p.coverages?.find((x) => x.product === 'Husforsikring');
    expect(c?.items).toEqual([
      { name: 'Skadedyr', sum: '75000' },
      { name: 'Rettshjelp', sum: '150000' },
    ]);
  });

  it('a heading that names a cover no row above has is a warning, its parts not given to another', () => {
    const p = parse('Avtalenummer 4410 2290\n\nInnbo\nForsikringssum: kr 500 000\nPris: kr 1 200\n\nInkludert i kasko:\nAnsvar: kr 1 000 000\n');
    expect(p.coverages?.some((c) => c.items !== undefined)).toBe(false);
    expect(p.warnings.some((w) => w.includes('belong to no cover'))).toBe(true);
  });
});

describe('a table\'s row set in under another, included in its price', () => {
  it('«  - Fortelt   kr 25 000   kr 2 000   inkl.» under «Kasko   …   kr 2 400»: the row\'s part', () => {
    const p = parse(
      'Avtalenummer 4410 2290\n\nBOBIL\nObjekt: Adria Coral 670, reg.nr. ZT 4410\nDekning              Forsikringssum   Egenandel   Årspremie\n' +
        'Kasko                kr 700 000       kr 6 000    kr 9 400\n  - Markise og fortelt   kr 25 000    kr 2 000    inkl.\n',
    );
    expect(p.coverages?.length).toBe(1);
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Markise og fortelt', sum: '25000', deductible: '2000' }]);
  });

  it('a row «inkludert» at the same place as the rows above is a cover of its own', () => {
    const p = parse(
      'Avtalenummer 4410 2290\n\nKATT\nDekninger            Forsikringssum   Egenandel   Pris pr. år\n' +
        'Veterinærutgifter    kr 30 000        kr 2 000    kr 3 100\nAnsvar for katt      kr 2 000 000     kr 2 000    inkludert\n',
    );
    expect(p.coverages?.length).toBe(2);
    expect(p.coverages?.some((c) => c.items !== undefined)).toBe(false);
  });
});

describe('a record\'s own fields as bullets under «Forsikringen omfatter:»', () => {
  // docs/frende-forsikringsbevis-innbo-punktfelter-periode-2027: « • Dekning: Standard», « • Forsikringssted: …», « • Egenandel: …»
  it('are the cover itself, no parts of it', () => {
    const p = parse('Innboforsikring\n\nForsikringen omfatter:\n • Dekning: Standard\n • Forsikringssted: Strandgata 8 B, 5013 Bergen\n • Forsikringssum: kr 600 000\n • Egenandel: kr 4 000\n • Årspremie: kr 1 980\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.items])).toEqual([['Innboforsikring', '600000', undefined]]);
  });
});
