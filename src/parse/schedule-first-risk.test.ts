import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('«Summen for Varer er førsterisiko»: a comment under a broker\'s overview', () => {
  // a broker's overview «Selskap  Polisenr.  Produkt  Forsikringssted / objekt  Forsikringssum  Egenandel  Premie», then
  // «Kommentarer» / «- Codan: Summen for Varer er førsterisiko og indeksreguleres ikke.»
  const table = [
    'Produkt              Forsikringssted                Forsikringssum    Egenandel    Premie',
    'Næringsbygg          Havnegata 4, 8006 Bodø          18 200 000 kr    20 000 kr    24 100 kr',
    'Varer                Havnegata 4, 8006 Bodø           2 000 000 kr    10 000 kr     3 150 kr',
    '',
    'Kommentarer',
  ].join('\n');
  it('makes the named row\'s sum a first-risk sum', () => {
    const p = parse(`${table}\n- Summen for varer er førsterisiko og indeksreguleres ikke.\n`);
    expect(p.coverages?.find((c) => c.product === 'Varer')?.sum).toEqual({ first_risk: '2000000' });
    expect(p.coverages?.find((c) => c.product === 'Næringsbygg')?.sum).toBe('18200000');
  });
  it('a name no row has changes nothing', () => {
    const p = parse(`${table}\n- Forsikringssummen for maskiner er på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['18200000', '2000000']);
  });
});
