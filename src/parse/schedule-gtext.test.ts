import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(`Avtalenummer: 5340 2291\n\n${text}`, 'doc.txt', '0'.repeat(64)), { trace: true });

describe('payouts in kroner stated in sentences', () => {
  it('«Ved dødsfall utbetales kr 200 000 til foreldrene …» names one payout and one amount: an item (it was only warned)', () => {
    const p = parse(
      'KOLLEKTIV ULYKKE\n\nVed dødsfall utbetales kr 200 000 til foreldrene eller den som har forsørget barnet.\nVed full medisinsk invaliditet utbetales kr 1 500 000.\nVed tannskade utbetales kr 10 000 per tann, og høyst kr 40 000 per skade.\n',
    );
    expect(p.coverages).toEqual([
      {
        product: 'KOLLEKTIV ULYKKE',
        index_class: 'none',
        items: [
          { name: 'Dødsfall', sum: '200000' },
          { name: 'Full medisinsk invaliditet', sum: '1500000' },
        ],
      },
    ]);
    // (a sentence with two amounts stays a warning)
    expect(p.warnings).toEqual(['line 7: could not read the sum paid out in «Ved tannskade utbetales kr 10 000 per tann, og høyst kr 40 000 per skade.»']);
  });

  it('a sum named only by its condition, or under a heading that is no person product’s, is no item', () => {
    const p = parse('Ulykke\n\nDersom den forsikrede dør, utbetales kr 500 000.\n');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 5: could not read the sum paid out in «Dersom den forsikrede dør, utbetales kr 500 000.»']);
    expect(parse('Næringsbygg\n\nVed brann utbetales kr 500 000 til forsikringstaker.\n').coverages?.some((c) => c.items !== undefined)).not.toBe(true);
  });
});
