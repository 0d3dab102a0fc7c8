import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { withoutFormBefore } from './schedule-names.js';
import { textToSource } from './text.js';

// Lines set in under a table's row that are no rows of their own: a renewal table's breakdown («herav ansvar»), a fleet
// page's facts of the vehicle («Bonus 70 %  ·  Kjørelengde 25 000 km») — and the columns and headings around them
// (src/parse/text.ts, src/parse/schedule-wrap.ts breakdownUnder, src/parse/schedule-names.ts, src/parse/schedule-section.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy): unknown[] => (p.coverages ?? []).map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium]);

describe('a renewal table: the next period\'s price column, a breakdown sub-row, a «–» cell', () => {
  it('«Pris neste periode» is the premium; «   herav ansvar   Iht. lov   (inngår)» no row and no rest of the row above', () => {
    const p = parse(
      [
        'Forsikringsnummer:   SP 4471 902',
        '',
        'Bilforsikring',
        '',
        'Dekning                          Egenandel          Pris neste periode',
        'Bil Kasko                        8 000 kr           9 864 kr',
        '   herav ansvar                  Iht. lov           (inngår)',
        'Leiebil 15 dager                 –                    780 kr',
        '',
      ].join('\n'),
    );
    expect(rows(p)).toEqual([
      ['Bilforsikring', 'Bil Kasko', undefined, '8000', '9864'],
      ['Bilforsikring', 'Leiebil 15 dager', undefined, undefined, '780'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Ny pris» beside «Pris i dag», «hvorav naturskade» under its row: the same', () => {
    const p = parse(
      [
        'Avtalenummer: 7730-118845',
        '',
        'Dekning              Egenandel     Pris i dag     Ny pris',
        'Hus Pluss            10 000 kr     8 210 kr       8 940 kr',
        '  hvorav naturskade  Etter lov     (inngår)       (inngår)',
        'Innbo                4 000 kr      2 350 kr       2 480 kr',
        '',
      ].join('\n'),
    );
    expect((p.coverages ?? []).map((c) => [c.deductible, c.premium])).toEqual([
      ['10000', '8940'],
      ['4000', '2480'],
    ]);
  });
});

describe('a fleet page: the vehicle\'s facts set in under its row, the agreement\'s form before the insurance', () => {
  it('«Bedriftsavtale kjøretøy» over the agreement\'s facts, its links, «Kjøretøy på avtalen (2)» and the vehicles: product «Kjøretøy»', () => {
    const p = parse(
      [
        'Bedriftsavtale kjøretøy',
        'Avtalenummer          9004418821',
        'Status                Aktiv',
        'Avtaleperiode         01.03.2025 – 28.02.2026',
        'Betaling              Månedlig, e-faktura',
        '',
        'Vis forsikringsbevis (PDF)    Endre avtale    Meld skade',
        '',
        'Kjøretøy på avtalen (2)',
        '',
        'Kjøretøy                               Dekning        Egenandel    Årspremie',
        'Volkswagen Transporter, EB 41277       Kasko          8 000 kr     11 240 kr',
        '  Bonus 70 %  ·  Kjørelengde 25 000 km',
        'Ford Ranger, EL 88103                  Delkasko       4 000 kr      6 410 kr',
        '  Bonus 75 %  |  Årsmodell 2021',
        '',
      ].join('\n'),
    );
    expect(rows(p)).toEqual([
      ['Kjøretøy', 'Kasko', 'Volkswagen Transporter, EB 41277', '8000', '11240'],
      ['Kjøretøy', 'Delkasko', 'Ford Ranger, EL 88103', '4000', '6410'],
    ]);
  });
  it('withoutFormBefore: «Bedriftsavtale kjøretøy» → «Kjøretøy», «Samleavtale bil» → «Bil»; a name without the form as it is', () => {
    expect(withoutFormBefore('Bedriftsavtale kjøretøy')).toBe('Kjøretøy');
    expect(withoutFormBefore('Samleavtale bil')).toBe('Bil');
    expect(withoutFormBefore('Rammeavtale motorvogn')).toBe('Motorvogn');
    expect(withoutFormBefore('Bedriftsavtale')).toBe('Bedriftsavtale');
    expect(withoutFormBefore('Firmabil')).toBe('Firmabil');
    // (a certificate's heading in capitals: the insurance as a product is written)
    expect(withoutFormBefore('SAMLEAVTALE MOTORVOGN')).toBe('Motorvogn');
    expect(withoutFormBefore('FLÅTEAVTALE KJØRETØY')).toBe('Kjøretøy');
  });
  // (a fleet certificate: the heading in capitals, its terms by code and title under it, a caption that counts the vehicles)
  it('«SAMLEAVTALE MOTORVOGN» over «Vilkår M 410 Motorvogn, M 411 Tilhenger» and «Kjøretøy på avtalen (3)»: product «Motorvogn»', () => {
    const p = parse(
      [
        'Avtalenr.            7710-552',
        '',
        'SAMLEAVTALE MOTORVOGN',
        'Vilkår M 410 Motorvogn fellesvilkår, M 411 Tilhenger <3,5 t',
        '',
        'Kjøretøy på avtalen (3)',
        '',
        'Kjøretøy                            Dekning     Km/år     Egenandel    Årspremie',
        'SV 40118 Peugeot Expert             Kasko       25 000        6 000        8 310',
        'SU 71902 Isuzu D-Max                Delkasko    15 000        4 000        4 950',
        'TT 2218 Tysse tilhenger             Ansvar      –            Ingen           240',
        '',
      ].join('\n'),
    );
    expect(rows(p)).toEqual([
      ['Motorvogn', 'Kasko', 'SV 40118 Peugeot Expert', '6000', '8310'],
      ['Motorvogn', 'Delkasko', 'SU 71902 Isuzu D-Max', '4000', '4950'],
      ['Motorvogn', 'Ansvar', 'TT 2218 Tysse tilhenger', '0', '240'],
    ]);
  });
});

describe('a `|`-table\'s wrapped cells are no facts line', () => {
  it('«   | havn 4, 9018 Tromsø |  |» under a row: the place\'s rest («havn» is also a boat\'s berth label), not the row\'s note', () => {
    const p = parse(
      'Forsikringsnummer: 7712 4410\n\n' +
        'Dekning                  | Forsikringssted        | Sum          | Egenandel  | Premie\n' +
        'Eiendeler - Varer        | Kjølelager, Breivika   | 1 800 000    | 10 000     | 3 260\n' +
        '                         | havn 4, 9018 Tromsø    |              |            |\n' +
        'Driftstap                | Strandgata 12,         | 6 500 000    |            | 5 940\n' +
        '                         | 9008 Tromsø            |              |            |\n',
    );
    expect(p.coverages?.[0]?.object).toBe('Kjølelager, Breivika havn 4, 9018 Tromsø');
  });
});
