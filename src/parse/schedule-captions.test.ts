import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { captionName } from './schedule.js';
import { textToSource } from './text.js';

// A caption says what a table lists — «Forsikret hest», «Forsikrede bygninger fra 01.01.2026», «Kjøretøy på avtalen (2)» —
// and is never a product: «A row of a table of covers or things has as its `product` the insurance the table stands under —
// its heading, the certificate's title …, however many fields, place lines, captions … stand between» (test/corpus/README.md).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a caption is no product', () => {
  it('names what a table lists, with or without a count or a date', () => {
    for (const c of ['Forsikret hest', 'Forsikrede bygninger fra 01.01.2026', 'Forsikra båt', 'Kjøretøy på avtalen (2)', 'Bygninger som omfattes']) expect(captionName(c), c).toBe(true);
    for (const c of ['Hesteforsikring', 'Bygning', 'Forsikringssum', 'Kasko']) expect(captionName(c), c).toBe(false);
  });
  it('the rows under a caption are the covers of the one insurance the title names', () => {
    const p = parse(
      'Forsikringsnr.: LK 553 120\nUtstedt: 03.03.2025\n\nFORSIKRINGSBEVIS – KATTEFORSIKRING\n\nForsikret katt\n  Navn:   Pus\n  Født:   2019\n\n' +
        'Dekning                 Forsikringssum     Egenandel    Premie pr. år\n' +
        'Livsforsikring          kr 12.000          Ingen        kr 910\n' +
        'Veterinærutgifter       kr 30.000          kr 2.000     kr 2.460\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Katteforsikring', 'Livsforsikring'],
      ['Katteforsikring', 'Veterinærutgifter'],
    ]);
  });
});
