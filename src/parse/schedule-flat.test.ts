import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { flatOverview } from './schedule-flat.js';
import { textToSource } from './text.js';
import { norwegianWarning } from './warnings-nb.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

/** A page as a document site's transcript shows it: one line of running text. */
const PAGE = '1 Nordvik Forsikring AS Postboks 40 8001 Bodø Forsikringsavtale Dato 18.11.2024 Forsikringsoversikt Forsikringstaker: Fjordtre Snekkeri AS Forsikringsnummer Årspris (kr)* Næringsbygg 8200114 412 300 Total pris 412 300 *Prisen gjelder for perioden 01.01.2025 - 31.12.2025.';

describe('an overview run on in a line of text', () => {
  it('rows «<product> <number> <amount>» whose amounts add up to the total are read, the number of a single row as the policy number', () => {
    const p = parse(`Forsikringsavtale\n\n${PAGE}`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', index_class: 'bygninger', premium: '412300' }]);
    expect(p.policy_number).toBe('8200114');
    expect(p.warnings).toEqual([]);
  });

  it('several rows, a product column and a total written «Samlet årspremie»', () => {
    const o = flatOverview('Dekningsoversikt Dekning Årspremie Våningshus 9 840 Driftsbygning 21 460 Samlet årspremie 31 300 Forsikringen gjelder fra 01.02.2024.', 16);
    expect(o?.rows.map((r) => [r.product, r.amount])).toEqual([['Våningshus', '9840'], ['Driftsbygning', '21460']]);
  });

  it('rows that do not add up to the total, or more than one money column, are not read: a warning with the line names the heading', () => {
    for (const [text, heading] of [
      [PAGE.replace('Total pris 412 300', 'Total pris 413 300'), 'Forsikringsoversikt'],
      ['1 Frende Skadeforsikring AS Torget 3 6800 Førde Forsikringsbevis Forsikring Forsikringssum Egenandel Pris Bygning 12 500 000 10 000 18 240 Totalpris 18 240 Prisane gjeld for eitt år.', 'Forsikringsbevis'],
    ] as const) {
      const p = parse(`Tittel\n\n${text}`);
      expect(p.coverages, text).toBeUndefined();
      expect(p.warnings, text).toEqual([expect.stringMatching(new RegExp(`^line 3: schedule «${heading}» runs on in a line of text; the amounts after it were not read: «${heading} `))]);
      expect(norwegianWarning(p.warnings[0]!)).toMatch(new RegExp(`^linje 3: oversikten «${heading}» står i en linje med løpende tekst; beløpene etter den er ikke lest: «${heading} `));
    }
  });

  it('a second heading in the same line is warned about on its own when its figures are not read', () => {
    const p = parse(`${PAGE} Egenandeler Næringsbygg 10 000 Egenandelen trekkes fra erstatningen.`);
    expect(p.coverages?.length).toBe(1);
    expect(p.warnings).toEqual([expect.stringMatching(/^line 1: schedule «Egenandeler» runs on/)]);
  });

  it('a heading word in running text without figures after it, or in lower case, is no schedule', () => {
    const p = parse('Avtalenummer 5512003\n\nDu finner forsikringsoversikten og forsikringsbeviset på Min side. Egenandeler og vilkår står i Forsikringsbevis som du har fått tilsendt tidligere, og de gjelder som før.');
    expect(p.warnings).toEqual([]);
  });
});
