import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A certificate's title word and the insurance it is for are not always on one line: «FORSIKRINGSBEVIS» over
// «Næringslivsforsikring», the same in two languages, or a head field «Forsikringstype: Bedrifts- og produktansvar». The
// insurance so named is the title the README's product-heading convention speaks of: its table's rows are its covers.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy) => (p.coverages ?? []).map((c) => [c.product, c.coverage]);

const table =
  'Dekning                      Forsikringssum        Egenandel       Pris per år\n' +
  'Varer                        kr 1 850 000          kr 10 000       kr 9 420\n' +
  'Inventar og utstyr           kr 640 000            kr 10 000       kr 3 115\n';

describe('the title word on a line of its own, the insurance on the line under it', () => {
  it('«Forsikringsbevis» / «Butikkforsikring»: the rows «Varer», «Inventar og utstyr» are the shop insurance\'s covers', () => {
    const p = parse(`Forsikringsbevis\nButikkforsikring\n\nForsikringsnummer: SB 7740215\nUtstedt: 14.01.2026\n\n${table}`);
    expect(rows(p)).toEqual([
      ['Butikkforsikring', 'Varer'],
      ['Butikkforsikring', 'Inventar og utstyr'],
    ]);
  });
  it('in capitals and two languages: «FORSIKRINGSBEVIS / CERTIFICATE OF INSURANCE» over «Styreansvarsforsikring / Directors\' and Officers\' Liability Insurance»', () => {
    const p = parse(
      'FORSIKRINGSBEVIS / CERTIFICATE OF INSURANCE\nStyreansvarsforsikring / Directors\' and Officers\' Liability Insurance\n\n' +
        'Polisenummer / Policy number:        NODO2600871\nUtstedt / Issued:                    02.03.2026\n\n' +
        'Dekning / Cover                                   Forsikringssum / Limit    Egenandel / Retention\n' +
        'Styreansvar                                       NOK 15 000 000            NOK 0\n' +
        'Kostnader ved offentlig etterforskning            NOK 1 500 000             NOK 0\n',
    );
    expect(rows(p)).toEqual([
      ['Styreansvarsforsikring', 'Styreansvar'],
      ['Styreansvarsforsikring', 'Kostnader ved offentlig etterforskning'],
    ]);
    expect((p.coverages ?? []).map((c) => c.deductible)).toEqual(['0', '0']);
    // (the costs of an investigation, a name the index table does not know, are a limit of the board liability: no index)
    expect((p.coverages ?? []).map((c) => c.index_class)).toEqual(['none', 'none']);
  });
  it('a line under the title that names no insurance (the customer) is no title: the rows keep their names', () => {
    const p = parse(`FORSIKRINGSBEVIS\nLykkeland Interiør AS\n\nForsikringsnummer: SB 7740215\n\n${table}`);
    expect(rows(p)).toEqual([
      ['Varer', undefined],
      ['Inventar og utstyr', undefined],
    ]);
  });
});

describe('a liability insurance\'s covers are its limits', () => {
  it('«Kostnader ved offentlig etterforskning» under «Styreansvarsforsikring», a name the index table does not know: `none`, said', () => {
    const p = parse(
      'FORSIKRINGSBEVIS\nStyreansvarsforsikring\n\nPolisenummer: NODO2600871\nUtstedt: 02.03.2026\n\n' +
        'Forsikringen gjelder for styremedlemmer og ledende ansatte.\n\n' +
        'Dekning                                   Forsikringssum        Egenandel\n' +
        'Styreansvar                               NOK 15 000 000        NOK 0\n' +
        'Kostnader ved offentlig etterforskning    NOK 1 500 000         NOK 0\n',
    );
    expect((p.coverages ?? []).map((c) => [c.coverage, c.index_class])).toEqual([
      ['Styreansvar', 'none'],
      ['Kostnader ved offentlig etterforskning', 'none'],
    ]);
  });
});

describe('a head field that names the insurance', () => {
  const liability =
    'Dekning            Forsikringssum       Egenandel\n' +
    'Bedriftsansvar     NOK 10 000 000       NOK 10 000\n' +
    'Produktansvar      NOK 10 000 000       NOK 20 000\n';
  it('«Forsikringstype: Bedrifts- og produktansvar»: a liability insurance named by its «…ansvar», its rows its covers', () => {
    const p = parse(`FORSIKRINGSBEVIS\nForsikringstype:      Bedrifts- og produktansvar\nPolisenummer:         NOCAS26011902\nUtstedt:              21.03.2026\n\n${liability}`);
    expect(rows(p)).toEqual([
      ['Bedrifts- og produktansvar', 'Bedriftsansvar'],
      ['Bedrifts- og produktansvar', 'Produktansvar'],
    ]);
  });
  it('«Produkt: Ansvarsforsikring» under a title that names only its occasion («Forsikringsbevis – fornyelse»)', () => {
    const p = parse(`Forsikringsbevis – fornyelse\n\nProdukt: Ansvarsforsikring\nPolisenummer: 55-118240\n\n${liability}`);
    expect(rows(p)).toEqual([
      ['Ansvarsforsikring', 'Bedriftsansvar'],
      ['Ansvarsforsikring', 'Produktansvar'],
    ]);
  });
});

describe('a letterhead that sets the title word beside the company and the insurance under it', () => {
  // docs/tryg-forsikringsbevis-baat-brevhode-tittel-2027: «TRYG FORSIKRING      FORSIKRINGSBEVIS» over «      Båtforsikring»,
  // then «FARTØY», «Båt: …» and the covers' table
  it('the insurance is the product of the covers under the thing\'s heading', () => {
    const p = parse([
      'TRYG FORSIKRING                                                        FORSIKRINGSBEVIS',
      '                                                                        Båtforsikring',
      '',
      'FARTØY',
      'Båt: Askeladden C76 Bowrider, KTR 551',
      '',
      'Dekning                       Forsikringssum          Egenandel       Premie',
      'Kasko                         kr 720.000              kr 8.000        kr 6.420',
      'Båtutstyr                     kr 30.000               kr 2.000        kr 310',
      '',
    ].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Båtforsikring', 'Kasko', 'Askeladden C76 Bowrider, KTR 551'],
      ['Båtforsikring', 'Båtutstyr', 'Askeladden C76 Bowrider, KTR 551'],
    ]);
  });
});
