import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

describe('renewal date: the period in a head of fields beside the addressee', () => {
  // «Forsikringsperiode: 01.01.2025 - 31.12.2025» over «Hovedforfall: 1. januar» in the right column: a date or a period
  // alone in its cell is whole, and the line under it is the next field, not its rest
  it('reads the period over a yearless due date', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        '',
        '                                            FORSIKRINGSBEVIS',
        'Kari Lunde                                  Utstedt:             02.12.2025',
        'Bakkeveien 3                                Forsikringsnummer:   55 120 998',
        '5412 Stord                                  Forsikringsperiode:  01.01.2026 - 31.12.2026',
        '                                            Hovedforfall:        1. januar',
      ].join('\n'),
    );
    expect(p.renewal_date).toBe('2026-01-01');
    expect(p.issued).toBe('2025-12-02');
  });
  it('reads the period over a field of words («Betalingsmåte  AvtaleGiro»)', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        'Per Lunde                                 Forsikringsnummer    77120455',
        '6800 FØRDE                                Utstedt              12.02.2026',
        '                                          Forsikringsperiode   01.03.2026 - 28.02.2027',
        '                                          Betalingsmåte        AvtaleGiro, 12 terminer',
      ].join('\n'),
    );
    expect(p.renewal_date).toBe('2026-03-01');
  });
});

describe('renewal date: dates that are not the insurance period', () => {
  it('passes over the conditions dated inside a sentence («Les vilkårene …, gjeldende fra …»)', () => {
    const p = parse(
      [
        'Fjordly Dyreforsikring',
        'Forsikringsnummer: 88-1200',
        'Forsikringsperiode: 01.03.2026 - 28.02.2027',
        'Les vilkårene for katteforsikring, gjeldende fra 1. juni 2025, på nettsidene våre.',
      ].join('\n'),
    );
    expect(p.renewal_date).toBe('2026-03-01');
    expect(p.warnings ?? []).toEqual([]);
  });
  it('passes over the period an extra invoice is for in a G letter', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        'Avtalenummer:   40-7712',
        'Avtaleperiode:  01.01.2026 - 31.12.2026',
        '',
        'Grunnbeløpet er endret fra 1. mai 2026. Premien for yrkesskade er regulert tilsvarende, og dere får en',
        'tilleggsfaktura for perioden 01.05.2026 - 31.12.2026.',
      ].join('\n'),
    );
    expect(p.renewal_date).toBe('2026-01-01');
  });
  it('still reads a price for the period as the period', () => {
    const p = parse(['Fjordly Forsikring AS', 'Avtalenummer: 40-7712', 'Samlet pris for perioden 01.01.2026 - 31.12.2026: kr 12 400'].join('\n'));
    expect(p.renewal_date).toBe('2026-01-01');
  });
});

describe('renewal date: a renewal or a period named in running text', () => {
  it('reads «fornyelsen» right before its date, whatever the preposition', () => {
    const p = parse(['Fjordly Forsikring AS', 'Polisenummer: 7712', 'Den nye satsen kommer med i prisen du får sammen med fornyelsen 1. februar 2026.'].join('\n'));
    expect(p.renewal_date).toBe('2026-02-01');
  });
  it('reads an insurance confirmed from a day to a day in a sentence', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        'Polisenummer: M-7712',
        'Vi bekrefter at Fjordly har overtatt varetransportforsikringen for firmaets innkjøp fra 1. mars 2026 til og med',
        '28. februar 2027.',
      ].join('\n'),
    );
    expect(p.renewal_date).toBe('2026-03-01');
  });
  it('reads a broker programme period', () => {
    const p = parse(['Megler AS', 'Forsikringsoversikt for Bygg AS', 'Programperiode: 01.01.2026 – 31.12.2026'].join('\n'));
    expect(p.renewal_date).toBe('2026-01-01');
  });
});

describe('issue date', () => {
  it('passes over an earlier certificate\'s issue date in a sentence', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        'Forsikringsnummer:  4410-2231',
        'Utstedt:            11.12.2025',
        'Forsikringstid:     01.01.2026 - 31.12.2026',
        '',
        'Dette forsikringsbeviset erstatter forsikringsbevis utstedt 10.12.2024.',
      ].join('\n'),
    );
    expect(p.issued).toBe('2025-12-11');
    expect(p.warnings ?? []).toEqual([]);
  });
  it('pairs labels over values where the policyholder\'s name stands under its label', () => {
    const p = parse(
      [
        'Fjordly Forsikring AS',
        '',
        'Forsikringstaker                     Forsikringsnummer      Utstedt',
        'Marte og Jonas Fjelldal              HYT-7712004            03.12.2025',
      ].join('\n'),
    );
    expect(p.issued).toBe('2025-12-03');
    expect(p.policy_number).toBe('HYT-7712004');
  });
});

describe('renewal date: a term of months from a date', () => {
  // a hull policy's head: «Forsikringstid / Period: 12 måneder fra … kl. 12.00 /» over its English on the line under it
  it('«Forsikringstid: 12 måneder fra 01.03.2027 kl. 12.00»: the date after the length is the first day', () => {
    const p = parse('Polisenr. / Policy No.:    KS-2027-118\nForsikringstid / Period:    12 måneder fra 01.03.2027 kl. 12.00 /\n                            12 months from 1 March 2027 at noon\n');
    expect(p.renewal_date).toBe('2027-03-01');
  });
});
