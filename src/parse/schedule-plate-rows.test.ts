import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A business's fleet listed by plate under the vehicle insurance a sentence, a mail's subject or a page title names
// (schedule-place.ts plateRowsUnderVehicleProduct). docs/if-epost-firmabiler-fornyelse-2026.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const TABLE = 'Kjøretøy                               Dekning       Egenandel     Årspris\nEV 31077 Ford E-Transit 350            Kasko         10 000 kr     14 320 kr\nBS 4410 Brenderup 4260 tilhenger       Delkasko       3 000 kr      1 150 kr\n';

describe('rows that name a vehicle by its plate and no product', () => {
  it('«Firmabilforsikring bedrift – avtale 8812:» above: the vehicles are that insurance\'s objects', () => {
    const p = parse(`Forsikringsnummer 8812\n\nHer er bilene på Firmabilforsikring bedrift – avtale 8812:\n\n${TABLE}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage])).toEqual([
      ['Firmabilforsikring bedrift', 'EV 31077 Ford E-Transit 350', 'Kasko'],
      ['Firmabilforsikring bedrift', 'BS 4410 Brenderup 4260 tilhenger', 'Delkasko'],
    ]);
  });
  it('two vehicle insurances named above: which the rows are of is said, and each vehicle is read as it is named', () => {
    const p = parse(`Forsikringsnummer 8812\n\nBilforsikring og Næringskjøretøy fornyes 1. mars.\n\n${TABLE}`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['EV 31077 Ford E-Transit 350', 'BS 4410 Brenderup 4260 tilhenger']);
    expect(p.warnings.join('\n')).toContain("the vehicles' rows could be under «Bilforsikring» or «Næringskjøretøy»");
  });
});
