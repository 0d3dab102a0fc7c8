import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

// A child's insurance certificate lists its benefits under «Dekning   Erstatning», each a G sum — one with its own
// deductible after a comma, one a share of G per day (schedule-tables.ts, itemRow):
//   Behandlingsutgifter etter ulykke   inntil 1 G, egenandel 1 000 kr per ulykke
//   Dagpenger ved sykehusopphold       1 % av G per døgn
const DOC = [
  'Fremtind',
  'Polisenummer: 7712 0045',
  '',
  'Forsikringsbevis for barneforsikring',
  '',
  'Pris per år          1 980 kr (betales månedlig med 165 kr)',
  '',
  'Dette dekker forsikringen',
  '',
  '  Dekning                                   Erstatning',
  '  Medisinsk invaliditet etter ulykke        inntil 20 G',
  '  Tannskade etter ulykke                    inntil 0,5 G, egenandel 2 000 kr per skade',
  '  Sykehusdager                              0,5 % av G per døgn',
  '  Dødsfall                                  2 G',
  '',
].join('\n');

describe('a G item that states its own deductible after its sum', () => {
  it('is the item with its sum and its deductible', () => {
    const p = parse(DOC);
    const items = p.coverages?.[0]?.items ?? [];
    expect(items.find((i) => i.name === 'Tannskade etter ulykke')).toMatchObject({ sum: { g: '0.5' }, deductible: '2000' });
    expect(items.find((i) => i.name === 'Dødsfall')?.sum).toEqual({ g: '2' });
  });
});

describe('a G item paid as a share of G per day', () => {
  it('is an item with no sum, its rate its note', () => {
    const items = parse(DOC).coverages?.[0]?.items ?? [];
    const day = items.find((i) => i.name === 'Sykehusdager');
    expect(day).toBeDefined();
    expect(day?.sum).toBeUndefined();
    expect(day?.note).toBe('0,5 % av G per døgn');
  });
});

describe('a year\'s price with how it is paid each month in brackets', () => {
  it('is the year\'s premium', () => {
    expect(parse(DOC).coverages?.[0]?.premium).toBe('1980');
  });
});
