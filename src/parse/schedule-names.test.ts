import { describe, expect, it } from 'vitest';
import { BUILDING_FACTS, columnOf, coverageIndexClass, figureWhen, insuranceOfCovers, perUnitAmount, PLACE_THEN_BUILDING } from './schedule-names.js';

describe('a sum column named with a remark in brackets', () => {
  // test/corpus/docs/if-eiendom-rutenett-husleietap-2026.txt: «| Lok | Adresse | Forsikringssum (årlig leieinntekt) | Egenandel |»
  it('is the sum column', () => {
    expect(columnOf('Forsikringssum (årlig leieinntekt)')).toBe('sum');
    expect(columnOf('Forsikringssum (per skade)')).toBe('sum');
  });

  // 104/aon-megleroversikt (a broker's overview): «Sum (MNOK)» over «84,6» — the groff PDF read 84,60 kroner
  it('is not read when the remark changes what the figures are (first risk, G, thousands, millions, a period)', () => {
    for (const name of ['Forsikringssum (førsterisiko)', 'Forsikringssum (tusen kr)', 'Sum (G)', 'Forsikringssum (per år)', 'Forsikringssum (i mill. kr)', 'Sum (MNOK)', 'Forsikringssum (TNOK)', 'Sum (TNOK)', 'Sum (mio. kr)', 'Forsikringssum (mio. kr)', 'Forsikringssum (tkr)']) expect(columnOf(name), name).not.toBe('sum');
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

describe('a broker\'s overview: the building\'s kind and its year alone after the comma', () => {
  // an overview's «Sted» column wrapped over three lines: «Industriveien 4,» / «3430 Spikkestad» / «Produksjonshall m/ kran, 1999»
  it('«Produksjonshall m/ kran, 1999» under the place is the building described, no part of the place', () => {
    const m = PLACE_THEN_BUILDING.exec('Industriveien 4, 3430 Spikkestad Produksjonshall m/ kran, 1999');
    expect(m?.[1]).toBe('Industriveien 4, 3430 Spikkestad');
    expect(m?.[2]).toBe('Produksjonshall m/ kran, 1999');
    expect(PLACE_THEN_BUILDING.exec('Torget 2, 8006 Bodø Kontorbygg, 2019')?.[1]).toBe('Torget 2, 8006 Bodø');
  });
  it('a year that is no last word after a comma describes nothing: the place stays whole', () => {
    expect(PLACE_THEN_BUILDING.exec('Industriveien 4, 3430 Spikkestad')).toBeNull();
    expect(PLACE_THEN_BUILDING.exec('Industriveien 4, 3430 Spikkestad Hall, 1999 m')).toBeNull();
  });
});

describe('a heading that lists things of several kinds', () => {
  // a farm certificate's «Løsøre, dyr og produksjon» over its rows of contents, livestock, stock and forest
  it('each row\'s own name gives its class where the table knows it', () => {
    expect(coverageIndexClass('Løsøre, dyr og produksjon', 'Husdyr sau').index_class).toBe('none');
    expect(coverageIndexClass('Løsøre, dyr og produksjon', 'Skog').index_class).toBe('other');
    expect(coverageIndexClass('Løsøre, dyr og produksjon', 'Korn og frø på lager').index_class).toBe('varer');
    expect(coverageIndexClass('Løsøre, dyr og produksjon', 'Gårdsmaskiner').index_class).toBe('maskin_losore');
  });
  it('a product with its terms\' codes after a dash and a comma is no list: its natural-damage row stays the building\'s', () => {
    expect(coverageIndexClass('Boligbyggelag Pluss - Vilkår BB200, Sikkerhetsforskrift SF14', 'Naturskade').index_class).toBe('bygninger');
  });
  it('a heading of one kind in two words («Maskiner og inventar») still gives its class to a row it knows no better', () => {
    expect(coverageIndexClass('Maskiner og inventar', 'Verktøy').index_class).toBe('maskin_losore');
  });
});

describe('BUILDING_FACTS: what a description line under a place says of the building', () => {
  it('counts the dwellings or parking places in it as its floors and year are', () => {
    // «Haugerudveien 42, 0673 Oslo» over «Garasjeanlegg, 52 plasser» on a housing co-operative's portal page
    for (const t of ['garasjeanlegg, 52 plasser', 'boligblokk, 48 leiligheter', 'rekkehus, 6 boenheter', 'parkeringskjeller, 120 parkeringsplasser'])
      expect(BUILDING_FACTS.test(t)).toBe(true);
    expect(BUILDING_FACTS.test('butikk og leiligheter')).toBe(false);
  });
});

describe('a limit counted per claim, dispute, conveyance or the year, in a sum column', () => {
  // a goods insurance's table «Dekning | Forsikringssum | Egenandel» over «Sjøtransport | NOK 5 000 000 per skip | NOK 25 000»,
  // a liability's «NOK 20 000 000 per skade / any one occurrence», a legal-expenses cover's «kr 1 000 000 per tvist»
  it('is the amount, what it is counted by its note', () => {
    expect(perUnitAmount('NOK 2,5 mill. per transportmiddel')).toEqual({ sum: '2500000', per: 'per transportmiddel' });
    expect(perUnitAmount('NOK 5 000 000 per skip')?.sum).toBe('5000000');
    expect(perUnitAmount('NOK 1 000 000 per lager')?.sum).toBe('1000000');
    expect(perUnitAmount('kr 1 000 000 per tvist')?.sum).toBe('1000000');
    expect(perUnitAmount('NOK 20 000 000 i aggregat')?.sum).toBe('20000000');
    expect(perUnitAmount('NOK 20 000 000 per skade / any one occurrence')?.sum).toBe('20000000');
  });
  it('is no limit per area or head (a rate), nor an amount with no currency', () => {
    expect(perUnitAmount('kr 1 200 per daa')).toBeUndefined();
    expect(perUnitAmount('5 000 000 per skip')).toBeUndefined();
  });
});

describe('a fixed deductible beside a share of each claim', () => {
  // an animal insurer's table «Forsikring | Forsikringssum | Fast egenandel | Bevegelig egenandel | Årspremie» over
  // «Veterinærutgifter | 30 000 kr | 1 800 kr | 20 % | 3 120 kr»: the share is no period's deductible
  it('the share\'s column names no figure of a period; the fixed one is the deductible', () => {
    expect(figureWhen('Bevegelig egenandel')).toBeUndefined();
    expect(figureWhen('Variabel egenandel')).toBeUndefined();
    expect(columnOf('Fast egenandel')).toBe('deductible');
    expect(figureWhen('Ny egenandel')?.when).toBe('new');
  });
});

describe('a caption of the covers an insurance takes in', () => {
  // a farm certificate's «Husforsikring» table, then «Dekninger som inngår i husforsikringen» over «Dekning | Forsikringssum | Egenandel»
  it('names that insurance', () => {
    expect(insuranceOfCovers('Dekninger som inngår i husforsikringen')).toBe('Husforsikring');
    expect(insuranceOfCovers('Dekningar som inngår i gardsforsikringa')).toBe('Gardsforsikring');
  });
  it('any other name stays as it is', () => {
    expect(insuranceOfCovers('Dekninger som inngår')).toBe('Dekninger som inngår');
    expect(insuranceOfCovers('Husforsikring')).toBe('Husforsikring');
  });
});
