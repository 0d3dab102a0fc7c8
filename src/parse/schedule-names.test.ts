import { describe, expect, it } from 'vitest';
import { columnOf, coverageIndexClass, PLACE_THEN_BUILDING } from './schedule-names.js';

describe('a sum column named with a remark in brackets', () => {
  // test/corpus/docs/if-eiendom-rutenett-husleietap-2026.txt: «| Lok | Adresse | Forsikringssum (årlig leieinntekt) | Egenandel |»
  it('is the sum column', () => {
    expect(columnOf('Forsikringssum (årlig leieinntekt)')).toBe('sum');
    expect(columnOf('Forsikringssum (per skade)')).toBe('sum');
  });

  it('is not read when the remark changes what the figures are (first risk, G, thousands, a period)', () => {
    for (const name of ['Forsikringssum (førsterisiko)', 'Forsikringssum (tusen kr)', 'Sum (G)', 'Forsikringssum (per år)', 'Forsikringssum (i mill. kr)']) expect(columnOf(name), name).not.toBe('sum');
  });

  it('leaves a premium with a remark as it was: its remark may name its period', () => {
    expect(columnOf('Premie (per måned)')).toBeUndefined();
  });
});

describe('a product of property and another cover in one', () => {
  // 82/protector-naering-tospraklig-policy: «Tingskade og ansvar» over «Bygning», «Maskiner og inventar», «Varer», «Bedriftsansvar»
  it('each cover of «Eiendom og ansvar» names its own class — the liability\'s word says nothing of the buildings', () => {
    expect(coverageIndexClass('Eiendom og ansvar', 'Bygning').index_class).toBe('bygninger');
    expect(coverageIndexClass('Tingskade og ansvar', 'Varer').index_class).toBe('varer');
    expect(coverageIndexClass('Eiendom og ansvar', 'Bedriftsansvar').index_class).toBe('none');
    expect(coverageIndexClass('Bedriftsansvar', 'Produktansvar').index_class).toBe('none');
  });
});

describe('a place and the description of its building in one cell', () => {
  // 80/gjensidige-landbruk-forsikringsbevis-2025: «… Gnr 45 Bnr 2, 2850 Lena» over «Fjøs med løe og silo, byggeår 1978»
  it('a description of four words in lower case before its comma is still no part of the place', () => {
    const m = PLACE_THEN_BUILDING.exec('Øvre Li, Livegen 12, Gnr 12 Bnr 4, 2640 Vinstra Sauefjøs med lager og kaldfôrrom, byggeår 1992');
    expect(m?.[1]).toBe('Øvre Li, Livegen 12, Gnr 12 Bnr 4, 2640 Vinstra');
    expect(m?.[2]).toBe('Sauefjøs med lager og kaldfôrrom, byggeår 1992');
  });
  // a renewal letter's «Hva er forsikret» column: «Villa Pluss   Skogholtveien 3B, 1352 Kolsås   Fullverdi …» over
  // «Enebolig 212 m², byggeår 1979» — the kind of building with its area before the comma
  it('a kind of building with its area before the comma is no part of the place', () => {
    const m = PLACE_THEN_BUILDING.exec('Lindeveien 14, 1361 Østerås Rekkehus 118 m², byggeår 1986');
    expect(m?.[1]).toBe('Lindeveien 14, 1361 Østerås');
    expect(m?.[2]).toBe('Rekkehus 118 m², byggeår 1986');
    expect(PLACE_THEN_BUILDING.exec('Lindeveien 14, 1361 Østerås Tomannsbolig 96 kvm, bygget 1974')?.[1]).toBe('Lindeveien 14, 1361 Østerås');
  });
});
