import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { fieldOf } from './schedule-fields.js';
import { cellsAtLeaders } from './source.js';
import { buildUnits } from './units.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('a field with a qualifier after its amount', () => {
  // docs/landkreditt-feltblokker-eiendom-2026: «Egenandel: kr 20 000 per skade», «Premie: kr 14 380 per år»,
  // «Premie: kr 4 920 (betalt månedlig)»
  it('per claim and per year are read as the amount', () => {
    const p = parse(`${HEAD}Produkt: Driftsbygning\nForsikringssum: kr 9 600 000\nEgenandel: kr 20 000 per skade\nPremie: kr 14 380 per år\n\nProdukt: Våningshus\nForsikringssum: kr 3 850 000\nPremie: kr 4 920 (betalt månedlig)\n`);
    expect(p.coverages?.map((c) => [c.product, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', '20000', '14380'],
      ['Våningshus', undefined, '4920'],
    ]);
  });
  // a mail-merge line of a renewal letter: «Forsikringssum: kr 350 000 per år  Egenandel: kr 5 000  Pris: kr 4 320»
  it('a sum per year (a limit for a year: a vet\'s costs) is read as the amount', () => {
    const p = parse(`${HEAD}Produkt: Veterinærforsikring\nForsikringssum: kr 350 000 per år\tEgenandel: kr 5 000\tPris: kr 4 320\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Veterinærforsikring', '350000', '5000', '4320']]);
    expect(p.warnings).toEqual([]);
  });
  // docs/lloyds-coverholder-tospraklig-bevis-2027: «Forsikringssum / Limit of indemnity:   NOK 10 000 000 per krav og samlet i perioden»
  it('a liability\'s limit per claim and for the period together is read as the amount', () => {
    const p = parse(`${HEAD}Produkt: Profesjonsansvar\nForsikringssum: NOK 10 000 000 per krav og samlet i perioden\nEgenandel: NOK 50 000 per krav\nPremie: NOK 46 800\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Profesjonsansvar', '10000000', '50000', '46800']]);
  });
  // private-holdout51/hdi-ansvar-policy-schedule-bilingual: «Limit of indemnity / Forsikringssum:   NOK 20 000 000 per claim and in the aggregate»
  it('a liability\'s limit qualified in English is read as the amount', () => {
    const p = parse(`${HEAD}Produkt: Produktansvar\nForsikringssum: NOK 20 000 000 per claim and in the aggregate\nEgenandel: NOK 100 000 per claim\nPremie: NOK 88 200\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Produktansvar', '20000000', '100000', '88200']]);
    const q = parse(`${HEAD}Produkt: Formuesskade\nForsikringssum: NOK 5 000 000 in the aggregate\nEgenandel: NOK 100 000 any one claim\nPremie: NOK 21 700\n`);
    expect(q.coverages?.map((c) => [c.sum, c.deductible])).toEqual([['5000000', '100000']]);
  });
  // a D&O certificate: «Forsikringssum:  MNOK 20 per krav og samlet for forsikringsperioden»,
  // «Egenandel:  NOK 100 000 per krav (kun selskapsdekning / Company Reimbursement)»
  it('a limit for a claim and «samlet for» the period, a deductible with what it applies to in brackets', () => {
    const p = parse(`${HEAD}Produkt: Styreansvar\nForsikringssum: MNOK 20 per krav og samlet for forsikringsperioden\nEgenandel: NOK 100 000 per krav (kun selskapsdekning / Company Reimbursement)\nPremie: NOK 24 750\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Styreansvar', '20000000', '100000', '24750']]);
    expect(p.warnings).toEqual([]);
  });
  // a cargo certificate: «Forsikringsverdi: Fakturaverdi + 10 %» / blank / «Dekning: Alle farer (A)» / «Forsikringssum: NOK 4 mill. …»
  it('a cover\'s label after a blank line under a record\'s figures begins the next record', () => {
    const p = parse(`${HEAD}Produkt: Varetransport\nForsikringsverdi: Fakturaverdi + 10 %\n\nDekning: Alle farer (A)\nForsikringssum: NOK 4 mill. per transportmiddel / per transport\nEgenandel: NOK 15 000 per skadetilfelle\n\nDekning: Mellomlagring inntil 60 dager\nForsikringssum: NOK 1,5 mill. (førsterisiko)\nEgenandel: NOK 15 000 per skadetilfelle\n`);
    expect(p.coverages?.filter((c) => c.sum !== undefined).map((c) => [c.coverage, c.sum, c.deductible])).toEqual([
      ['Alle farer (A)', '4000000', '15000'],
      ['Mellomlagring inntil 60 dager', { first_risk: '1500000' }, '15000'],
    ]);
  });
  it('a deductible with a figure of its own in brackets is not read', () => {
    const p = parse(`${HEAD}Produkt: Styreansvar\nForsikringssum: NOK 20 000 000\nEgenandel: NOK 100 000 (kun 50 000 for personer)\n`);
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
  });
  // a cargo certificate: «Forsikringssum: NOK 4 mill. per transportmiddel / per transport», «kr 2 500 000 pr. sending»
  it('a cargo sum per conveyance or per shipment is read as the amount', () => {
    const p = parse(`${HEAD}Produkt: Varetransport\nForsikringssum: NOK 4 mill. per transportmiddel / per transport\nEgenandel: NOK 15 000 per skadetilfelle\n\nProdukt: Messegods\nForsikringssum: kr 2 500 000 pr. sending\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible])).toEqual([['Varetransport', '4000000', '15000'], ['Messegods', '2500000', undefined]]);
  });
  it('a price per month is no year\'s premium: not read, warned', () => {
    const p = parse(`${HEAD}Produkt: Våningshus\nForsikringssum: kr 3 850 000\nPremie: kr 410 per måned\n`);
    expect(p.coverages?.[0]?.premium).toBeUndefined();
    expect(p.warnings).toEqual(['line 5: could not read the premium «kr 410 per måned» of Våningshus']);
  });
});

describe('what a record insures under a label that is no address word', () => {
  // docs/landkreditt-feltblokker-eiendom-2026: «Eiendom: gnr. 41 bnr. 7 i Stange kommune» over «Produkt: Driftsbygning»
  it('above the record\'s product line, after a blank line under the record before: the next record\'s place', () => {
    const p = parse(`${HEAD}Produkt: Bedriftsansvar\nForsikringssum: kr 10 000 000\nPremie: kr 2 640\n\nEiendom: gnr. 41 bnr. 7\nProdukt: Driftsbygning\nForsikringssum: kr 9 600 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bedriftsansvar', undefined],
      ['Driftsbygning', 'gnr. 41 bnr. 7'],
    ]);
  });
  it('a figure under such a label is no place («Bygning: kr 4 000 000»)', () => {
    const p = parse(`${HEAD}Produkt: Våningshus\nBygning: kr 4 000 000\nForsikringssum: kr 3 850 000\n`);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a place between two records with no blank line', () => {
  it('right under a record\'s figures and over the next «Produkt:» line: either\'s, so not read, warned', () => {
    const p = parse(`${HEAD}Produkt: Bedriftsansvar\nForsikringssum: kr 10 000 000\nPremie: kr 2 640\nEiendom: gnr. 41 bnr. 7\nProdukt: Driftsbygning\nForsikringssum: kr 9 600 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bedriftsansvar', undefined],
      ['Driftsbygning', undefined],
    ]);
    expect(p.warnings).toEqual(['line 6: could not tell whether «Eiendom: gnr. 41 bnr. 7» is the place of Bedriftsansvar or of the record below; not read']);
  });
});

describe('indented sub-blocks under a product heading', () => {
  // docs/gjensidige-bevis-innrykk-objekter-2026: «Næringsbygg» over «    Lagerbygg, Strandgata 18, 2317 Hamar» and its fields
  it('each name line set in is an object of the heading\'s product', () => {
    const p = parse(`${HEAD}Næringsbygg\n    Lagerbygg, Strandgata 18, 2317 Hamar\n    Forsikringssum: kr 12 400 000\n    Egenandel: kr 15 000\n\n    Kontor og verksted, Vangsvegen 41, 2317 Hamar\n    Forsikringssum: kr 8 150 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Næringsbygg', 'Lagerbygg, Strandgata 18, 2317 Hamar', '12400000'],
      ['Næringsbygg', 'Kontor og verksted, Vangsvegen 41, 2317 Hamar', '8150000'],
    ]);
  });
  it('a name line at the heading\'s own margin is a product of its own', () => {
    const p = parse(`${HEAD}Næringsbygg\nLagerbygg\nForsikringssum: kr 12 400 000\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Lagerbygg']);
  });
  // docs/tryg-naering-oversikt-eiendom-grupper-2026: «Bygninger» / «Eiendom: Verkstedbygget, Fagernesvegen 14, 2900 Fagernes»
  // / «    Næringsbygg» / «        Forsikringssum .......... kr 14.700.000»
  it('under a place line between the group heading and the names, each name is a product at that place', () => {
    const text = `${HEAD}Bygninger\n\nEiendom: Verkstedbygget, Fagernesvegen 14, 2900 Fagernes\n    Næringsbygg\n        Forsikringssum .......... kr 14.700.000\n        Årspremie ............... kr 19.860\n    Husleietap\n        Ansvarstid .............. 12 måneder\n        Forsikringssum .......... kr 1.150.000\n        Årspremie ............... kr 1.380\n\nEiendom: Utleiehall Leira, Gnr 38 Bnr 11, 2910 Aurdal\n    Næringsbygg\n        Forsikringssum .......... kr 6.240.000\n\nAnsvar\n    Bedriftsansvar\n        Forsikringssum .......... kr 10.000.000\n        Årspremie ............... kr 9.150\n`;
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Næringsbygg', 'Verkstedbygget, Fagernesvegen 14, 2900 Fagernes', '14700000'],
      ['Husleietap', 'Verkstedbygget, Fagernesvegen 14, 2900 Fagernes', '1150000'],
      ['Næringsbygg', 'Utleiehall Leira, Gnr 38 Bnr 11, 2910 Aurdal', '6240000'],
      // (the group with no place line, in a document that writes its records so: its names are products too)
      ['Bedriftsansvar', undefined, '10000000'],
    ]);
  });
});

describe('a form filled in by a program: dot leaders with no space before the value, a price labelled with its year', () => {
  // docs/knif-bygning-prikkfelt-2026: «Forsikringssum.......2 500 000», «Egenandel........kr 10 000», «Pris for 2026: kr 1 980»
  it('the leader is a gap before a figure, «Pris for 2026» is the price', () => {
    const p = parse(`${HEAD}Uthus, Kirkevegen 14, 2827 Hunndalen\nForsikringssum.......2 500 000\nEgenandel........kr 10 000\nPris for 2026: kr 1 980\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Uthus', '2500000', '10000', '1980']]);
    expect(p.warnings).toEqual([]);
  });
  // docs/knif-bygning-prikkfelt-2026: «Avtalenummer.............KT-2284617», «Forsikringssum.......Fullverdi»
  it('a word after four dots or more; an ellipsis of three dots in running text is no gap', () => {
    const p = parse('Avtalenummer.............KT-2284617\n\nHovedbygning, Kirkevegen 14, 2827 Hunndalen\nForsikringssum.......Fullverdi\nEgenandel........kr 10 000\n');
    expect(p.policy_number).toBe('KT-2284617');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.note])).toEqual([['Hovedbygning', undefined, '10000', 'Fullverdi']]);
    expect(cellsAtLeaders('Vi dekker brann, vann og så videre...Neste år endres vilkårene')).toBeUndefined();
    expect(cellsAtLeaders('Egenandel...kr 10 000')).toEqual(['Egenandel', 'kr 10 000']);
  });
  // docs/knif-bygning-prikkfelt-2026: «Pris for 2025: kr 2 310» over «Pris for 2026: kr 2 460»
  it('last year\'s price above this year\'s: the later year is the price, one record, no warning', () => {
    for (const [a, b] of [['2025: kr 2 310', '2026: kr 2 460'], ['2026: kr 2 460', '2025: kr 2 310']]) {
      const p = parse(`${HEAD}Inventar og løsøre, Kirkevegen 14, 2827 Hunndalen\nForsikringssum.......kr 850 000\nPris for ${a}\nPris for ${b}\n`);
      expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([['Inventar og løsøre', '850000', '2460']]);
      expect(p.warnings).toEqual([]);
    }
  });
});

describe('a mail-merge letter\'s rows of a cover\'s parts, «Label: value» side by side', () => {
  // docs/europeiske-flettebrev-reise-2026: «Produkt: Reiseforsikring Bedrift Pluss     Årspremie: kr 18 870» over
  // «Reisesyke: ubegrenset     Reisegods: kr 25 000 per person     Egenandel reisegods: kr 1 000» and
  // «Avbestilling: kr 50 000 per person     Ulykke ved død: kr 500 000»
  const PLUSS = 'Produkt: Reiseforsikring Bedrift Pluss     Årspremie: kr 18 870\n';
  it('are the cover\'s items: no limit is an item without a sum, a deductible that names a part is that part\'s', () => {
    const p = parse(`${HEAD}${PLUSS}Reisesyke: ubegrenset     Reisegods: kr 25 000 per person     Egenandel reisegods: kr 1 000\nAvbestilling: kr 50 000 per person     Ulykke ved død: kr 500 000\n`);
    expect(p.coverages).toEqual([
      {
        // (the level after the name is the coverage: src/parse/schedule.ts levelApart)
        product: 'Reiseforsikring Bedrift',
        coverage: 'Pluss',
        index_class: 'none',
        premium: '18870',
        items: [
          { name: 'Reisesyke', note: 'ubegrenset' },
          { name: 'Reisegods', sum: '25000', deductible: '1000', note: 'per person' },
          { name: 'Avbestilling', sum: '50000', note: 'per person' },
          { name: 'Ulykke ved død', sum: '500000' },
        ],
      },
    ]);
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });
  it('a deductible that names no part: the row is no row of parts (nothing guessed)', () => {
    const p = parse(`${HEAD}${PLUSS}Reisegods: kr 25 000 per person     Egenandel bagasje: kr 1 000\n`);
    expect(p.coverages?.[0]?.items).toBeUndefined();
  });
  it('under a building\'s record (an index class of its own) such a row is left to the other readers', () => {
    const p = parse(`${HEAD}Produkt: Næringsbygg     Forsikringssum: kr 9 000 000\nBygning: kr 8 000 000     Tilbygg: kr 1 000 000\n`);
    expect(p.coverages?.find((c) => c.product === 'Næringsbygg')?.items).toBeUndefined();
  });
});

describe('a record with no product heading: its product from the form, the vehicle\'s kind or the building\'s label', () => {
  // a boat insurer's renewal e-mail: «Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123» / «Forsikringsform: Kasko Pluss» /
  // «Forsikringssum: kr 2 350 000» / «Egenandel: kr 10 000» / «Ny årspremie: kr 9 460 (i fjor kr 8 820)»
  it('«Forsikringsform: Kasko Pluss» names the product, as it does for the letter\'s deductible changes', () => {
    const p = parse(`${HEAD}Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123\nForsikringsform: Kasko Pluss\nForsikringssum: kr 2 350 000\nEgenandel: kr 10 000\nNy årspremie: kr 9 460 (i fjor kr 8 820)\n`);
    expect(p.coverages).toEqual([{ product: 'Kasko Pluss', object: 'Nimbus 305 Coupé, 2019, reg.nr. ABC 123', index_class: 'none', sum: '2350000', deductible: '10000', premium: '9460' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Forsikringsform: Fullverdi» is the form of the sum, never a product', () => {
    const p = parse(`${HEAD}Forsikringsform: Fullverdi\nEgenandel: kr 10 000\nÅrspremie: kr 5 460\n`);
    expect(p.coverages).toBeUndefined();
  });
  it('under a product heading the form names no product', () => {
    const p = parse(`${HEAD}Båtforsikring\nBåt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123\nForsikringsform: Kasko Pluss\nForsikringssum: kr 2 350 000\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Båtforsikring']);
  });
  // a private customer's overview of «Label: value» records, one per thing insured:
  // «Bil: Toyota Corolla 2018, EL 12345» / «Dekning: Kasko» / «Egenandel: kr 8 000» / «Årspremie: kr 9 460»,
  // then «Hytte: Fjellvegen 2, 3580 Geilo» / «Forsikringssum: Fullverdi» / …
  const RECORDS = 'Bil: Toyota Corolla 2018, EL 12345\nDekning: Kasko\nEgenandel: kr 8 000\nÅrspremie: kr 9 460\n\nHytte: Fjellvegen 2, 3580 Geilo\nForsikringssum: Fullverdi\nEgenandel: kr 10 000\nÅrspremie: kr 5 460\n';
  it('the vehicle\'s kind is the product, as in a schedule\'s row «Bil | EL 12345 | Kasko»; the building\'s label with its address is product and place', () => {
    const p = parse(`${HEAD}${RECORDS}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.index_class, c.deductible, c.premium])).toEqual([
      ['Bil', 'Kasko', 'Toyota Corolla 2018, EL 12345', 'none', '8000', '9460'],
      ['Hytte', undefined, 'Fjellvegen 2, 3580 Geilo', 'bygninger', '10000', '5460'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Kjøretøy:» names no kind: no product is made up (the figures are warned)', () => {
    const p = parse(`${HEAD}Kjøretøy: Hobby 560, RV 4412\nForsikringssum: kr 310 000\nEgenandel: kr 4 000\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings[0]).toBe('line 4: could not read which product the sum «kr 310 000» is for');
  });
  it('«Adresse: Fjellvegen 2, 3580 Geilo» is a place, no product', () => {
    const p = parse(`${HEAD}Adresse: Fjellvegen 2, 3580 Geilo\nForsikringssum: kr 310 000\nEgenandel: kr 4 000\n`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('a line of fields set apart by commas, under its product line', () => {
  // a broker's e-mail quoting the insurer's letter: «Næringseiendom, Kanalveien 4, 5068 Bergen» over
  // «  Forsikringssum kr 64 800 000, egenandel kr 50 000, premie kr 118 400»
  it('each part is a field of the record the line above names', () => {
    const p = parse(`${HEAD}Næringseiendom, Kanalveien 4, 5068 Bergen\n  Forsikringssum kr 64 800 000, egenandel kr 50 000, premie kr 118 400\n`);
    expect(p.coverages).toEqual([{ product: 'Næringseiendom', object: 'Kanalveien 4, 5068 Bergen', index_class: 'bygninger', sum: '64800000', deductible: '50000', premium: '118400' }]);
    expect(p.warnings).toEqual([]);
  });
  it('a sentence with a comma is no line of fields: «Forsikringssum kr 5 000 000, og egenandelen er kr 10 000»', () => {
    const p = parse(`${HEAD}Næringseiendom, Kanalveien 4, 5068 Bergen\nForsikringssum kr 5 000 000, og egenandelen er kr 10 000\n`);
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
  });
  // docs/landkreditt-gard-fornyelse-felt-med-tankestrek-2026: «Driftsbygning, Nordhagevegen 88, 2846 Bøverbru» over
  // «  Forsikringssum 9 840 000 kr - egenandel 10 000 kr - pris per år 17 320 kr»
  it('the same fields set apart by dashes are read as those set apart by commas', () => {
    const p = parse(`${HEAD}Driftsbygning, Nordhagevegen 88, 2846 Bøverbru\n  Forsikringssum 9 840 000 kr - egenandel 10 000 kr - pris per år 17 320 kr\nGårdsansvar\n  Forsikringssum 10 000 000 kr – egenandel 8 000 kr – årspris 1 420 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', 'Nordhagevegen 88, 2846 Bøverbru', '9840000', '10000', '17320'],
      ['Gårdsansvar', undefined, '10000000', '8000', '1420'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a dash inside a sentence is no line of fields: «Forsikringssum kr 5 000 000 – og egenandelen er kr 10 000»', () => {
    const p = parse(`${HEAD}Næringseiendom, Kanalveien 4, 5068 Bergen\nForsikringssum kr 5 000 000 – og egenandelen er kr 10 000\n`);
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
  });
});

describe('a place stated once in a block of its own above the records', () => {
  // a cabin certificate: «Forsikringssted» / «Adresse: Fjellstuvegen 41, 2680 Vågå» / «Bygningstype: …», then «Hytte» /
  // «Dekning: Pluss» / «Forsikringssum: Fullverdi» / …, «Innbo i hytte» / …, and a car record under them
  const DOC = `${HEAD}Dette er forsikret\n\nForsikringssted\nAdresse: Fjellstuvegen 41, 2680 Vågå\nBygningstype: Fritidsbolig, laftet\nByggeår: 1998\n\nHytte\nDekning: Pluss\nForsikringssum: Fullverdi\nEgenandel: kr 10 000\nPris per år: kr 7 450\n\nInnbo i hytte\nForsikringssum: kr 400 000\nEgenandel: kr 4 000\nPris per år: kr 1 560\n\nBilforsikring\nDekning: Kasko\nEgenandel: kr 6 000\nPris per år: kr 5 210\n`;
  it('is the place of the buildings and contents under it, not of the car', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Hytte', 'Fjellstuvegen 41, 2680 Vågå'],
      ['Innbo i hytte', 'Fjellstuvegen 41, 2680 Vågå'],
      ['Bilforsikring', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('an animal\'s covers: figures named with words around them, a deductible in per cent, none at all', () => {
  // docs/gjensidige-hesteforsikring-bevis-2026: «Forsikringssum (markedsverdi)  85 000 kr», «Egenandel: ingen»
  // (test/corpus/README.md: a deductible the document states as none is `deductible: "0"`)
  it('a sum named with what it is in brackets is the sum; «Egenandel: ingen» is a deductible of 0', () => {
    const p = parse(`${HEAD}Liv – Sykdom og ulykke\nForsikringssum (markedsverdi)  85 000 kr\nEgenandel:  ingen\nPris per år  3 960 kr\n`);
    expect(p.coverages).toEqual([{ product: 'Liv – Sykdom og ulykke', index_class: 'none', sum: '85000', deductible: '0', premium: '3960' }]);
    expect(p.warnings).toEqual([]);
  });
  // «Veterinærutgifter – forsikringssum per forsikringsår  30 000 kr», «Fast egenandel  1 500 kr», «Prosentvis egenandel  25 %»
  it('a sum named after a dash, per year of insurance; a share in per cent beside the fixed deductible: one cover', () => {
    const p = parse(`${HEAD}Behandling – Sykdom og ulykke\nVeterinærutgifter – forsikringssum per forsikringsår  30 000 kr\nFast egenandel  1 500 kr\nProsentvis egenandel  25 %\nPris per år  5 220 kr\n`);
    expect(p.coverages).toEqual([{ product: 'Behandling – Sykdom og ulykke', index_class: 'none', sum: '30000', deductible: '1500', premium: '5220', note: 'Prosentvis egenandel 25 %' }]);
    expect(p.warnings).toEqual([]);
  });
  // docs/trofast-hundeforsikring-varemerke-2026: «Forsikringssum per forsikringsår: kr 60 000», «Bevegelig egenandel: 20 %»
  it('a sum\'s label with the year it is counted by; a moving deductible in per cent', () => {
    const p = parse(`${HEAD}Veterinærforsikring\nForsikringssum per forsikringsår: kr 60 000\nFast egenandel: kr 2 500\nBevegelig egenandel: 20 %\nÅrspremie: kr 7 440\n`);
    expect(p.coverages).toEqual([{ product: 'Veterinærforsikring', index_class: 'none', sum: '60000', deductible: '2500', premium: '7440', note: 'Bevegelig egenandel 20 %' }]);
    expect(p.warnings).toEqual([]);
  });
  // «Veterinærutgifter – forsikringssum per forsikringsår: 30 000 kr»: the dashed label with its colon
  it('a dashed label with its colon', () => {
    const p = parse(`${HEAD}Veterinærforsikring\nVeterinærutgifter – forsikringssum per forsikringsår: 30 000 kr\nFast egenandel: 1 500 kr\n`);
    expect(p.coverages).toEqual([{ product: 'Veterinærforsikring', index_class: 'none', sum: '30000', deductible: '1500' }]);
    expect(p.warnings).toEqual([]);
  });
  it('after a dash only a sum; a bracket after another label names none', () => {
    const p = parse(`${HEAD}Veterinærforsikring\nForsikringssum  30 000 kr\nEgenandel – medisiner  500 kr\nPris  5 220 kr\n`);
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
  });
});

describe('a livestock record: the kind after a dash, a count of the animals over its figures', () => {
  // docs/bygdebrannkasse-landbruk-husdyr-2026: «Husdyr – storfe» / «Antall dyr: 42» / «Forsikringssum  1 260 000»
  it('the product before the dash, the kind its object; the count a note, no sum', () => {
    const p = parse(`${HEAD}Husdyr – storfe\nAntall dyr: 42\nForsikringssum  1 260 000\nEgenandel  8 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.note])).toEqual([['Husdyr', 'storfe', '1260000', '8000', 'Antall dyr: 42']]);
  });
  // «42 melkekyr» right under the name, no blank line: one paragraph of two lines
  it('a count written as a number and the animals, under the name line', () => {
    const p = parse(`${HEAD}Husdyr – storfe\n42 melkekyr\nForsikringssum: kr 1 260 000\nEgenandel: kr 8 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.note])).toEqual([['Husdyr', 'storfe', '1260000', '8000', '42 melkekyr']]);
  });
  it('a dash before a capitalised word is no kind: the name stays whole', () => {
    const p = parse(`${HEAD}Husdyr – Storfe og sau\nForsikringssum: kr 1 260 000\n`);
    expect(p.coverages?.[0]?.product).toBe('Husdyr – Storfe og sau');
  });
});

describe('a count line is only a number and words in lower case', () => {
  it('«5600 Norheimsund» under a name is a postcode and place, no count', () => {
    const p = parse(`${HEAD}Husdyr – storfe\n5600 Norheimsund\nForsikringssum: kr 1 260 000\n`);
    expect(p.coverages?.[0]?.note).toBeUndefined();
  });
});

describe('livestock records one under the other', () => {
  // docs/bygdebrannkasse-landbruk-husdyr-2026: «Husdyr – storfe» / «Antal dyr: 42» …, then «Husdyr – sau» / «120 vinterfôra sau» …
  it('a name over a count begins the next record, also after a record of the same product; nynorsk «Antal dyr»', () => {
    const p = parse(`${HEAD}Husdyr – storfe\nAntal dyr: 42\nForsikringssum  1 260 000\nEgenandel  8 000\n\nHusdyr – sau\n120 vinterfôra sau\nForsikringssum  396 000\nEgenandel  8 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([
      ['Husdyr', 'storfe', '1260000', 'Antal dyr: 42'],
      ['Husdyr', 'sau', '396000', '120 vinterfôra sau'],
    ]);
  });
});

describe('a boat certificate\'s fields one per line over a stacked table (private-holdout48/fremtind-bat-forsikringsbevis)', () => {
  // «Forsikringsbevis» / «Båtforsikring» / «Side 1/2» / «Forsikringstaker» / «Hanne Aasen Moe» / … / «Forsikret båt» /
  // «Askeladden C61 Cruiser» / «Båthavn» / «Son Båtforening, plass 114» / «Største fart» / «42 knop» / «Dekning» / «Forsikringssum» …
  it('the title\'s product, the boat named by «Forsikret båt» its object, each «Dekning» cell a coverage', () => {
    const p = parse('Fremtind\nForsikringsbevis\nBåtforsikring\nSide 1/2\nForsikringstaker\nHanne Aasen Moe\nForsikringsnummer\n32661807\nKundenummer\n9 102 447\nForsikret båt\nAskeladden C61 Cruiser\nBåthavn\nSon Båtforening, plass 114\nStørste fart\n42 knop\nDekning\nForsikringssum\nEgenandel\nPris per år\nKasko\n385 000 kr\n5 000 kr\n4 870 kr\nAnsvar\n3 000 000 kr\n2 000 kr\n620 kr\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Båtforsikring', 'Kasko', 'Askeladden C61 Cruiser', '385000', '5000', '4870'],
      ['Båtforsikring', 'Ansvar', 'Askeladden C61 Cruiser', '3000000', '2000', '620'],
    ]);
    expect(p.policy_number).toBe('32661807');
  });
});

describe('a web page\'s cards: a title, then each label over its value on the next line', () => {
  // docs/fremtind-mine-forsikringer-kort-2026: «Husforsikring» / «Adresse» / «Solbakken 12, 3710 Skien» /
  // «Dekning» / «Topp» / «Egenandel» / «10 000 kr» / «Pris per år» / «8 412 kr», the next card right under it
  const CARDS = 'Husforsikring\nAdresse\nSolbakken 12, 3710 Skien\nDekning\nTopp\nEgenandel\n10 000 kr\nPris per år\n8 412 kr\nInnboforsikring\nAdresse\nSolbakken 12, 3710 Skien\nForsikringssum\n1 500 000 kr\nEgenandel\n4 000 kr\n';
  it('one coverage per card; the level under «Dekning» is the card\'s coverage, no product', () => {
    const p = parse(`${HEAD}${CARDS}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Husforsikring', 'Topp', 'Solbakken 12, 3710 Skien', undefined, '10000', '8412'],
      ['Innboforsikring', undefined, 'Solbakken 12, 3710 Skien', '1500000', '4000', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // private-holdout48/codan-minside-forsikringer: «Innboforsikring» / «Storgata 18, 3181 Horten» / «Forsikringsnummer 60-114 227 981» /
  // «Dekning» / «Pluss» / … / «Pris» / «219 kr/mnd» / «2 628 kr/år»
  it('a policy number\'s line in the card is a field; the year\'s price under the month\'s is the premium; «Verden» is a travel cover\'s level', () => {
    const p = parse(`${HEAD}Innboforsikring\nStorgata 18, 3181 Horten\nForsikringsnummer 60-114 227 981\nDekning\nPluss\nForsikringssum\n850 000 kr\nEgenandel\n4 000 kr\nPris\n219 kr/mnd\n2 628 kr/år\nReiseforsikring\nDekning\nVerden\nEgenandel\n1 500 kr\nPris\n145 kr/mnd\n1 740 kr/år\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Innboforsikring', 'Pluss', 'Storgata 18, 3181 Horten', '850000', '4000', '2628'],
      ['Reiseforsikring', 'Verden', undefined, undefined, '1500', '1740'],
    ]);
  });
  it('a month\'s price alone under «Pris» is still no premium', () => {
    const p = parse(`${HEAD}Innboforsikring\nAdresse\nStorgata 18, 3181 Horten\nPris\n219 kr/mnd\n`);
    expect(p.coverages?.[0]?.premium).toBeUndefined();
  });
  // the same page: «Hytteforsikring» … «Egenandel» / «Pris per år» / «5 100 kr» (a field left empty)
  it('a label with no value under it is said; the card goes on', () => {
    const p = parse(`${HEAD}Hytteforsikring\nAdresse\nFjellvegen 3, 3580 Geilo\nForsikringssum\n2 400 000 kr\nEgenandel\nPris per år\n5 100 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Hytteforsikring', '2400000', undefined, '5100']]);
    expect(p.warnings).toEqual(['line 8: «Egenandel» of Hytteforsikring has no value under it; not read']);
  });
  it('a label right over the next card\'s title is not given the title as its value', () => {
    const p = parse(`${HEAD}Innboforsikring\nForsikringssum\n1 000 000 kr\nEgenandel\nHusforsikring\nForsikringssum\n5 400 000 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible])).toEqual([
      ['Innboforsikring', '1000000', undefined],
      ['Husforsikring', '5400000', undefined],
    ]);
    expect(p.warnings).toEqual(['line 6: «Egenandel» of Innboforsikring has no value under it; not read']);
  });
  // the same page: «Bilforsikring» / «Toyota Yaris Hybrid 2021» / «Registreringsnummer» / «EK 48213»
  it('a line under the title that describes the thing insured keeps the title\'s product', () => {
    const p = parse(`${HEAD}Bilforsikring\nToyota Yaris Hybrid 2021\nRegistreringsnummer\nEK 48213\nDekning\nKasko\nEgenandel\n6 000 kr\nPris per år\n7 260 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', 'EK 48213', '6000', '7260']]);
  });
  // a page for one product (docs/frende-min-side-bobil-2026): «Bobilforsikring» / «Aktiv» / «Avtalenummer» / «KB-20417» /
  // «Kjøretøy» / «Hobby Optima 2020, RP 44190» / «Dekning» / «Kasko Ekstra» … «Dette dekker Kasko Ekstra» / «Ansvar» /
  // «kr 10 000 000» / «Veihjelp» / «Inkludert»
  const PAGE = 'Bobilforsikring\nAktiv\nAvtalenummer\nKB-20417\nKjøretøy\nHobby Optima 2020, RP 44190\nDekning\nKasko Ekstra\nForsikringssum\nkr 620 000\nEgenandel\nkr 6 000\nPris per år\nkr 7 116\nNeste fornyelse\n01.09.2025\n\nDette dekker Kasko Ekstra\nAnsvar\nkr 10 000 000\nCampingutstyr\nkr 50 000\nVeihjelp\nInkludert\n';
  it('a page for one product: the title\'s product, the vehicle, the cover under «Dekning», the list of what it covers as items', () => {
    const p = parse(PAGE);
    expect(p.policy_number).toBe('KB-20417');
    expect(p.renewal_date).toBe('2025-09-01');
    expect(p.coverages).toEqual([
      {
        product: 'Bobilforsikring',
        coverage: 'Kasko Ekstra',
        object: 'Hobby Optima 2020, RP 44190',
        index_class: 'none',
        sum: '620000',
        deductible: '6000',
        premium: '7116',
        items: [{ name: 'Ansvar', sum: '10000000' }, { name: 'Campingutstyr', sum: '50000' }, { name: 'Veihjelp' }],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
  // a portal's cards of two products: «Hytteforsikring» / «Aktiv» / «Fjellstølvegen 31, 2960 Røn» / «Avtalenummer» / … /
  // «Neste fornyelse» / «01.03.2026» / «Dekning» / «Hytte Pluss» / «Forsikringssum» / «Fullverdi» …
  it('a card\'s «Dekning» of a thing and its level is its coverage, and a date under its label keeps the card\'s place', () => {
    const card = (title: string, extra: string, cover: string, sum: string, premium: string): string =>
      `${title}\nAktiv\nFjellstølvegen 31, 2960 Røn\nAvtalenummer\n6503118274\nForsikringsperiode\n01.03.2025 - 28.02.2026\n${extra}Dekning\n${cover}\nForsikringssum\n${sum}\nEgenandel\n4 000 kr\nPris\n${premium} kr per år\nSe vilkår\n\n`;
    const p = parse(card('Hytteforsikring', 'Neste fornyelse\n01.03.2026\n', 'Hytte Pluss', 'Fullverdi', '5 316') + card('Innboforsikring fritidsbolig', '', 'Innbo Standard', '300 000 kr', '1 188'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.premium])).toEqual([
      ['Hytteforsikring', 'Hytte Pluss', 'Fjellstølvegen 31, 2960 Røn', undefined, '5316'],
      ['Innboforsikring fritidsbolig', 'Innbo Standard', 'Fjellstølvegen 31, 2960 Røn', '300000', '1188'],
    ]);
  });
  // docs/if-min-side-innbo-status-undertittel-om-forsikringen-2026: «Innboforsikring» / «Aktiv» / «Rekkehus på Jessheim» /
  // «Forsikringsnummer» / «SP 5521 0187» … «Om forsikringen» / «Adresse» / «Furuvegen 9 B, 2050 Jessheim» / «Dekning» / «Super» …
  it('a line under the title\'s status describes the home; «Om forsikringen» is a part of the page', () => {
    const p = parse('Innboforsikring\nAktiv\nRekkehus på Jessheim\n\nForsikringsnummer\nSP 5521 0187\n\nOm forsikringen\nAdresse\nFuruvegen 9 B, 2050 Jessheim\nDekning\nSuper\nForsikringssum\n900 000 kr\nEgenandel\n3 000 kr\nPris per år\n2 964 kr\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium, c.index_class])).toEqual([
      ['Innboforsikring', 'Super', 'Furuvegen 9 B, 2050 Jessheim', '900000', '3000', '2964', 'innbo'],
    ]);
  });
  // docs/if-min-side-batforsikring-2026: «Båt» / «Nimbus 305 Coupé 2019, reg.nr. ABC 123» … «Fornyes» / «15.04.2026» …
  // «Hva dekker forsikringen?» / «Redning og assistanse» / «Ubegrenset»
  it('a boat by its «reg.nr.»; «Fornyes» over its date; a part with no limit is an item without a sum', () => {
    const p = parse('Båtforsikring\nAktiv\nForsikringsnummer\nSP 4471 2093\nBåt\nNimbus 305 Coupé 2019, reg.nr. ABC 123\nDekning\nSuper\nForsikringssum\nkr 1 450 000\nFornyes\n15.04.2026\n\nHva dekker forsikringen?\nAnsvar\nkr 5 000 000\nRedning og assistanse\nUbegrenset\n');
    expect(p.renewal_date).toBe('2026-04-15');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.items])).toEqual([
      ['Båtforsikring', 'Super', 'Nimbus 305 Coupé 2019, reg.nr. ABC 123', '1450000', [{ name: 'Ansvar', sum: '5000000' }, { name: 'Redning og assistanse', note: 'Ubegrenset' }]],
    ]);
  });
  it('a list whose lines are no name over a sum is not read as the cover\'s parts', () => {
    const p = parse('Bobilforsikring\nForsikringssum\nkr 620 000\n\nDette dekker forsikringen\nSkade på egen bobil ved kollisjon og utforkjøring.\n');
    expect(p.coverages?.[0]?.items).toBeUndefined();
  });
  it('«Dekning» over words that are not all cover levels is no field', () => {
    const p = parse(`${HEAD}Bobilforsikring\nDekning\nKasko med campingutstyr\nForsikringssum\nkr 620 000\n`);
    expect(p.coverages?.[0]?.coverage).toBeUndefined();
  });
  it('«Dekning» over anything but a cover level is no field («Dekning» over «Brann og vann skader»)', () => {
    const p = parse(`${HEAD}Husforsikring\nDekning\nBrann, vann og innbrudd\nForsikringssum\n5 400 000 kr\n`);
    expect(p.coverages?.[0]?.coverage).toBeUndefined();
  });
});

describe('a record whose sum is a first-risk sum, under a name the index-class table does not know', () => {
  // a shop's certificate: records of labelled fields set in under their names, «Glass og skilt» with
  // «Forsikringssum: Førsterisiko kr 100.000» after the record «Varer»
  const DOC =
    `${HEAD}Varer\n  Forsikringssum: kr 420.000\n  Egenandel: kr 5.000\n  Pris per år: kr 2.904\n\n` +
    'Glass og skilt\n  Forsikringssum: Førsterisiko kr 100.000\n  Egenandel: kr 3.000\n  Pris per år: kr 1.122\n';
  it('is a record of its own with a first-risk sum (it was lost, its sum warned as of no product)', () => {
    const p = parse(DOC);
    expect(p.coverages?.[1]).toMatchObject({ product: 'Glass og skilt', sum: { first_risk: '100000' }, deductible: '3000', premium: '1122' });
  });
  it('«Varer» over its own fields is a record, not a heading over the records under it: the next name is no stock', () => {
    const p = parse(DOC);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Varer', index_class: 'varer' });
    expect(p.coverages?.[1]?.index_class).toBe('other');
    expect(p.warnings).toEqual(['line 9: index class of «Glass og skilt» is not known from its name; set to other']);
  });
});

describe('a person product\'s sum per event in kroner, indented under «Produkt: …»', () => {
  // «Produkt: Advokatforsikring» / «  Forsikringssum per tvist: kr 100 000» / «  Egenandel: kr 3 000»
  const doc = 'Polisenummer: 7730 4413\n\nProdukt: Advokatforsikring\n  Forsikringssum per tvist: kr 100 000\n  Egenandel: kr 3 000\n  Pris per år: kr 1 450\n';
  it('the sum per dispute is the product\'s sum; a legal-expense insurance has no index class', () => {
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages).toEqual([{ product: 'Advokatforsikring', index_class: 'none', sum: '100000', deductible: '3000', premium: '1450' }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('«Label: value» blocks, one per product: what went wrong in them', () => {
  // docs/eika-forsikringsbevis-feltblokker-sideskift-2026: «Førsterisiko: kr 250 000», «Forsikringssum (førsterisiko): kr 400 000»
  it('a first-risk sum by its label alone, or in brackets after «Forsikringssum»', () => {
    const p = parse(`${HEAD}Maskiner og inventar\nForsikringssted: Industrivegen 14, 6800 Førde\nFørsterisiko: kr 250 000\nEgenandel: kr 10 000\n\nVarer\nForsikringssted: Industrivegen 14, 6800 Førde\nForsikringssum (førsterisiko): kr 400 000\nPris per år: kr 2 100\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum])).toEqual([
      ['Maskiner og inventar', { first_risk: '250000' }],
      ['Varer', { first_risk: '400000' }],
    ]);
  });
  // the same: «Pris per år: kr 640», a blank line, «Sum per år: kr 13 850»
  it('the total after the last block is no sum of that block', () => {
    const p = parse(`${HEAD}Tilhenger\nKjøretøy: Brenderup 4310, DY 4471\nEgenandel: kr 4 000\nPris per år: kr 640\n\nSum per år: kr 13 850\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([['Tilhenger', undefined, '640']]);
  });
  it('«Sum» alone is still a block\'s sum', () => {
    const p = parse(`${HEAD}Varer\nSum: kr 400 000\nPris per år: kr 2 100\n`);
    expect(p.coverages?.[0]?.sum).toBe('400000');
  });
  // the same: «Forsikringssted: Industrivegen 14,» / «Side 1 av 2» / the letterhead again / «6800 Førde»
  it('a place broken by a page\'s end goes on after the footer and the letterhead', () => {
    const head = 'Eika Forsikring AS\nPostboks 2349 Solli, 0201 Oslo\n\nAvtalenummer: 6623 1190\n\n';
    const p = parse(`${head}Næringsbygg\nForsikringssted: Industrivegen 14,\nSide 1 av 2\n\nEika Forsikring AS\nPostboks 2349 Solli, 0201 Oslo\n6800 Førde\nForsikringssum: kr 14 500 000\nPris per år: kr 9 870\nSide 2 av 2\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([['Næringsbygg', 'Industrivegen 14, 6800 Førde', '14500000']]);
  });
  // the same: «Beskrivelse: Verksted og lager i betong, byggeår 1994» under «Forsikringssted: …»; «Kjøretøy: …, DY 4471» over
  // «Beskrivelse: Varehenger 750 kg»
  it('a description beside a place or a vehicle is the block\'s note; in a block with no place it is the object', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssted: Industrivegen 14, 6800 Førde\nBeskrivelse: Verksted og lager i betong, byggeår 1994\nForsikringssum: kr 14 500 000\n\nTilhenger\nKjøretøy: Brenderup 4310, DY 4471\nBeskrivelse: Varehenger 750 kg\nPris per år: kr 640\n\nDriftsløsøre\nBeskrivelse: Verktøy og inventar i verkstedet\nForsikringssum: kr 800 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Næringsbygg', 'Industrivegen 14, 6800 Førde', 'Verksted og lager i betong, byggeår 1994'],
      ['Tilhenger', 'Brenderup 4310, DY 4471', 'Varehenger 750 kg'],
      ['Driftsløsøre', 'Verktøy og inventar i verkstedet', undefined],
    ]);
  });
  // a nynorsk house card: «Bygning: Einebustad, bygd 1978, …» under «Forsikringsstad: Kyrkjevegen 7, 6856 Sogndal»
  it('«Bygning:» describing the building under the record\'s place is its note, not a second place', () => {
    const p = parse(`${HEAD}Husforsikring\nForsikringsstad: Kyrkjevegen 7, 6856 Sogndal\nBygning: Einebustad, bygd 1978, bruksareal 186 m²\nEigenandel: kr 8 000\nÅrspremie: kr 9 340\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note])).toEqual([['Husforsikring', 'Kyrkjevegen 7, 6856 Sogndal', 'Einebustad, bygd 1978, bruksareal 186 m²']]);
    // with a place of its own it is still the object («Bygning: Enebolig, Storgata 2, 2317 Hamar»)
    const q = parse(`${HEAD}Husforsikring\nBygning: Enebolig, Storgata 2, 2317 Hamar\nEigenandel: kr 8 000\nÅrspremie: kr 9 340\n`);
    expect(q.coverages?.[0]?.object).toBe('Enebolig, Storgata 2, 2317 Hamar');
  });
  it('the same with each label set apart from its value by spaces, not a colon', () => {
    const p = parse(`${HEAD}HUSFORSIKRING\nForsikringsstad      Gjerdeslåtta 9, 5700 Voss\nBygning              Einebustad, bygd 1994, 182 m² bruksareal\nForsikringssum       NOK 4 850 000,-\nEigendel             NOK 10 000,-\n`);
    expect(p.coverages?.map((c) => [c.object, c.note])).toEqual([['Gjerdeslåtta 9, 5700 Voss', 'Einebustad, bygd 1994, 182 m² bruksareal']]);
  });
  it('«Bil» over «Kjøretøy: …» is the product\'s heading, not a label over its value', () => {
    const p = parse(`${HEAD}Bil\nKjøretøy: Volkswagen ID.4 2022, EL 73015\nDekning: Kasko\nPris per år: kr 5 202\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([['Bil', 'Kasko', 'Volkswagen ID.4 2022, EL 73015']]);
  });
});

describe('a card\'s price written «N kr/år»', () => {
  it('is the premium of the year (it was warned as not read)', () => {
    const p = parse(`${HEAD}Husforsikring\nAdresse\nBjørkelia 4, 2615 Lillehammer\nEgenandel\n10 000 kr\nPris\n8 412 kr/år\n`);
    expect(p.coverages?.[0]?.premium).toBe('8412');
    expect(p.warnings).toEqual([]);
  });
});

describe('a block whose sum is stated only by its form «Forsikringsform: Fullverdi»', () => {
  it('is a coverage at full value (its deductible was warned as a line not read)', () => {
    const p = parse(`${HEAD}Bygning\nForsikringsform: Fullverdi\nEgenandel: kr 10 000\nPris per år: kr 9 120\n`);
    expect(p.coverages).toEqual([{ product: 'Bygning', index_class: 'bygninger', deductible: '10000', premium: '9120', note: 'Fullverdi' }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('«Forsikringsform: Førsterisiko» on its own line in a record set in and lined up by spaces', () => {
  // docs/gjensidige-bevis-forsikringsform-forsterisiko-2026: the form was read only as «Label: value»
  // with one space; set apart to line up (with or without its colon) the sum was a plain sum — a wrong value
  it('with the colon, another field between form and sum', () => {
    const p = parse(`${HEAD}EIENDELER\n  Forsikringssted:   Kirkegata 4, 7300 Orkanger\n  Forsikringsform:   Førsterisiko\n  Dekning:           Brann og innbrudd\n  Forsikringssum:    kr 750 000\n  Egenandel:         kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.object, c.sum])).toEqual([['Kirkegata 4, 7300 Orkanger', { first_risk: '750000' }]]);
  });
  it('without the colon («Forsikringsform     Førsterisiko»), in a list of records', () => {
    const p = parse(`${HEAD}1. Bygning, Kirkegata 4, 7300 Orkanger\n    Forsikringssum      kr 14 500 000\n    Egenandel           kr 10 000\n\n2. Varer, Kirkegata 4, 7300 Orkanger\n    Forsikringsform     Førsterisiko\n    Forsikringssum      kr 300 000\n    Egenandel           kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Kirkegata 4, 7300 Orkanger', '14500000'],
      ['Varer', 'Kirkegata 4, 7300 Orkanger', { first_risk: '300000' }],
    ]);
  });
  it('a description first under the record\'s name line keeps the record\'s place («Bygningstype: …»)', () => {
    const p = parse(`${HEAD}1. Bygning, Kirkegata 4, 7300 Orkanger\n    Bygningstype:       Verksted og kontor, byggeår 1987\n    Forsikringsform:    Fullverdi\n    Egenandel:          kr 20 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible])).toEqual([['Bygning', 'Kirkegata 4, 7300 Orkanger', '20000']]);
  });
});

describe('a place line alone over the next block\'s heading', () => {
  // docs/tryg-bevis-forsikringssted-sidemerke-2026: «Forsikringssted: Strandvegen 9, 2815 Gjøvik» over «Lagerbygg» (it was lost without a word)
  it('is the place of the product under it', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssum: kr 24 000 000\nPremie: kr 31 200\n\nForsikringssted: Strandvegen 9, 2815 Gjøvik\nLagerbygg\nForsikringssum: kr 6 000 000\nPremie: kr 7 100\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Næringsbygg', undefined],
      ['Lagerbygg', 'Strandvegen 9, 2815 Gjøvik'],
    ]);
  });
});

describe('a web card\'s place as a site and its postcode, and a boat card\'s facts', () => {
  // docs/frende-mine-forsikringer-hytte-baat-2026
  it('«Hytta, 3570 Ål» under the card\'s title is the place (it became the product «Hytta» at «3570 Ål»)', () => {
    const p = parse(`${HEAD}Hytteforsikring\nHytta, 3570 Ål\nEgenandel\n10 000 kr\nPris per år\n6 480 kr\n\nBygningsforsikring\nNaust – 6863 Leikanger\nForsikringssum\n380 000 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Hytteforsikring', 'Hytta, 3570 Ål'],
      ['Bygningsforsikring', 'Naust – 6863 Leikanger'],
    ]);
  });
  it('«Bygningsforsikring – Naust – 6863 Leikanger»: the insurance\'s name ends at its first dash', () => {
    const p = parse(`${HEAD}Bygningsforsikring – Naust – 6863 Leikanger\nForsikringssum: 380 000 kr\nEgenandel: 8 000 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Bygningsforsikring', 'Naust – 6863 Leikanger']]);
  });
  it('«Båttype:», «Motor:», «Båtplass:» over their values do not break the card; the boat by model and year is its object', () => {
    const p = parse(`${HEAD}Båtforsikring\nAktiv\nBåttype:\nMotorbåt\nBåt:\nAskeladden 20 Cabin 2018\nMotor:\nYamaha F115\nBåtplass:\nVikholmen marina, Sandefjord\nForsikringssum\nkr 420 000\nEgenandel\nkr 6 000\nÅrspris\nkr 5 870\n`);
    expect(p.coverages).toEqual([{ product: 'Båtforsikring', object: 'Askeladden 20 Cabin 2018', index_class: 'none', sum: '420000', deductible: '6000', premium: '5870' }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a vehicle certificate\'s list of covers, «Kasko: eigenandel kr 8 000»', () => {
  // docs/fremtind-bilbevis-nynorsk-flettefelt-2026 (the lines were warned as not read)
  it('each line a coverage of the title\'s product, the vehicle its object', () => {
    const p = parse(`${HEAD}Forsikringsbevis – Bilforsikring\n\nKøyretøy: Volkswagen ID.4 2022, EL 44120\nÅrleg køyrelengd: 16 000 km\n\nDekningar og eigenandelar:\nKasko: eigenandel kr 8 000\nDelkasko: eigenandel kr 4 000, premie kr 1 200\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Bilforsikring', 'Kasko', 'Volkswagen ID.4 2022, EL 44120', '8000', undefined],
      ['Bilforsikring', 'Delkasko', 'Volkswagen ID.4 2022, EL 44120', '4000', '1200'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('with no vehicle named, such a line is no coverage', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssum: kr 10 000 000\nVannskade: egenandel kr 20 000\n`);
    expect(p.coverages?.map((c) => c.coverage)).toEqual([undefined]);
  });
});

describe('a card\'s labels over their values, parts and limits (docs/fremtind-epost-kort-etikett-over-verdi-2026, docs/agria-nettside-punktliste-dyr-2026)', () => {
  // «Årspris:» over «7 440 kr (620 kr per måned)»: the year's price, the month's in brackets
  it('the year\'s price before the month\'s in brackets is the premium', () => {
    const p = parse(`${HEAD}Bilforsikring\nDekning:\nKasko\nEgenandel:\n8 000 kr\nÅrspris:\n7 440 kr (620 kr per måned)\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', '8000', '7440']]);
    expect(p.warnings).toEqual([]);
  });
  // «| Pris per år:      9.264 kr      Pris per måned:   772 kr   |»: a boxed card's one line of both prices
  it('the year\'s price with the month\'s labelled beside it on its line is the premium', () => {
    const p = parse(`${HEAD}+----+\n| INNBOFORSIKRING - TOPP                |\n| Vollgata 22, 2317 Hamar               |\n| Forsikringssum:   1.000.000 kr        |\n| Egenandel:        4.000 kr            |\n| Pris per år:      3.036 kr      Pris per måned:   253 kr   |\n+----+\n`);
    expect(p.coverages?.map((c) => [c.sum, c.deductible, c.premium])).toEqual([['1000000', '4000', '3036']]);
    expect(p.warnings).toEqual([]);
    // the same as a PDF's line, one space between the fields
    const q = parse(`${HEAD}Produkt: Innboforsikring\nForsikringssum: 1.000.000 kr\nEgenandel: 4.000 kr\nPris per år: 3.036 kr Pris per måned: 253 kr\n`);
    expect(q.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Innboforsikring', '1000000', '4000', '3036']]);
    expect(q.warnings).toEqual([]);
  });
  // «Egenandel glass:» over «2 000 kr»: the deductible of one part of the cover, an item
  it('a deductible\'s label that names a part is that part\'s item, on one line or over its value', () => {
    const p = parse(`${HEAD}Bilforsikring\nEgenandel:\n8 000 kr\nEgenandel glass:\n2 000 kr\nEgenandel ved tyveri: 4 000 kr\nÅrspris:\n7 440 kr\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bilforsikring', deductible: '8000', premium: '7440', items: [{ name: 'Glass', deductible: '2000' }, { name: 'Tyveri', deductible: '4000' }] });
  });
  // «• Fast egenandel: 1 500 kr per egenandelsperiode», «• Medisiner på resept: inntil 5 000 kr»
  it('a deductible per period is the deductible; a part\'s «inntil» limit is an item\'s sum', () => {
    const p = parse(`${HEAD}Agria Veterinærforsikring\n• Fast egenandel: 1 500 kr per egenandelsperiode\n• Veterinærutgifter: inntil 30 000 kr per år\n• Medisiner på resept: inntil 5 000 kr\n• Pris: 4 728 kr per år\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Agria Veterinærforsikring', deductible: '1500', premium: '4728', items: [{ name: 'Veterinærutgifter', sum: '30000' }, { name: 'Medisiner på resept', sum: '5000' }] });
    expect(p.warnings).toEqual([]);
  });
  // «– Fast egenandel: 2 500 kr per egenandelsperiode på 125 dager»: the period's length after it
  it('a deductible per period of a stated length is the deductible', () => {
    const p = parse(`${HEAD}Agria Veterinærforsikring Basis\n  – Forsikringssum: 60 000 kr per forsikringsår\n  – Fast egenandel: 2 500 kr per egenandelsperiode på 125 dager\n  – Premie: 5 712 kr per år\n`);
    expect(p.coverages?.[0]).toMatchObject({ deductible: '2500', premium: '5712' });
    expect(p.warnings).toEqual([]);
  });
  // «• Ingen egenandel» under «Agria Liv»; «• Behandling etter ulykke: inntil 20 000 kr – ingen egenandel»
  // (test/corpus/README.md: «Ingen egenandel» is `deductible: "0"`)
  it('«Ingen egenandel» alone is the cover\'s deductible of 0, after a part\'s limit the part\'s note', () => {
    const p = parse(`${HEAD}Agria Liv\n• Forsikringssum: 18 000 kr\n• Ingen egenandel\n• Pris: 1 164 kr per år\n\nAgria Ulykke Veterinærforsikring\n• Behandling etter ulykke: inntil 20 000 kr – ingen egenandel\n• Pris: 588 kr per år\n`);
    expect(p.coverages?.map((c) => [c.product, c.deductible, c.note, c.items])).toEqual([
      ['Agria Liv', '0', undefined, undefined],
      ['Agria Ulykke Veterinærforsikring', undefined, undefined, [{ name: 'Behandling etter ulykke', sum: '20000', note: 'ingen egenandel' }]],
    ]);
  });
});

describe('covers as sentences under «Dette er dekket» (docs/storebrand-bevis-prosapunkter-dekket-inntil-2026)', () => {
  // «• Reisegods er dekket med inntil kr 30 000 per person», «• Medisinske utgifter er dekket uten beløpsgrense»
  it('each sentence is an item of the product above: its subject the name, the limit its sum', () => {
    const p = parse(`${HEAD}Reiseforsikring\nEgenandel: kr 1 000\nÅrspremie: kr 2 290\n\nDette er dekket:\n• Reisegods er dekket med inntil kr 30 000 per person\n• Sykler er til sammen dekket med inntil kr 30 000 per sykkel\n• Medisinske utgifter er dekket uten beløpsgrense\n`);
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Reisegods', sum: '30000', note: 'per person' },
      { name: 'Sykler', sum: '30000', note: 'per sykkel' },
      { name: 'Medisinske utgifter', note: 'uten beløpsgrense' },
    ]);
  });
});

describe('a cover level in the product\'s name (docs/gjensidige-oversikt-niva-i-produktnavn-2026)', () => {
  // «Hus Pluss», «Bil Kasko» as a block's heading
  it('the name before the level is the product, the level its coverage', () => {
    const p = parse(`${HEAD}Hus Pluss\nForsikringssted: Skogveien 22, 3040 Drammen\nEgenandel: kr 10 000\nPris per år: kr 9 840\n\nBil Kasko\nEgenandel: kr 6 000\nPris per år: kr 8 904\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.index_class])).toEqual([
      ['Hus', 'Pluss', 'bygninger'],
      ['Bil', 'Kasko', 'none'],
    ]);
  });
});

describe('a figure\'s label named by its product or cover', () => {
  it('«Årspris yrkesskade:», «Eigendel kasko:» are the block\'s premium and deductible; «Premie per ansatt» is not', () => {
    const p = parse(['Forsikringsbevis – Motorvogn', '', 'Eigendel kasko: kr 6 000', 'Årspris motorvogn: kr 94 200'].join('\n'));
    expect(p.coverages).toEqual([{ product: 'Motorvogn', index_class: 'none', deductible: '6000', premium: '94200' }]);
    const q = parse(['Forsikringsbevis – Motorvogn', '', 'Eigendel: kr 6 000', 'Premie per ansatt: kr 350'].join('\n'));
    expect(q.coverages?.[0]?.premium).toBeUndefined();
  });
});

describe('a vehicle certificate as Label: value blocks (cards)', () => {
  const CAR =
    'Forsikringsbevis - Bilforsikring\n\nForsikringstaker\nNavn: Ola Nordmann\n\nForsikringen\nForsikringsnummer: 7730-418 256\nGjelder fra: 01.01.2027\n\n' +
    'Kjøretøy\nRegistreringsnummer: EL 48211\nMerke/modell: Skoda Enyaq 85\nKjørelengde per år: 16 000 km\n\n' +
    'Dekning: Kasko\nEgenandel kasko: 6 000 kr\nEgenandel glass: 2 500 kr\nLeiebil: 15 dager\n' +
    'Fører- og passasjerulykke: inntil 500 000 kr ved død, inntil 1 000 000 kr ved invaliditet\nInkludert: Innbo i bilen inntil kr 20 000\nPris per år: 9 864 kr\n';

  it('«Kjøretøy» under the title «Forsikringsbevis - Bilforsikring» is the title\'s vehicle, no product; «Egenandel kasko» under «Dekning: Kasko» is the cover\'s deductible', () => {
    const [c] = parse(CAR).coverages!;
    expect(c).toMatchObject({ product: 'Bilforsikring', coverage: 'Kasko', object: 'EL 48211', deductible: '6000', premium: '9864' });
  });

  it('«inntil 500 000 kr ved død, inntil 1 000 000 kr ved invaliditet» is an item per event; «Inkludert: Innbo i bilen inntil kr 20 000» an item; «Leiebil: 15 dager» no product', () => {
    const p = parse(CAR);
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages![0]!.items).toEqual([
      { name: 'Glass', deductible: '2500' },
      { name: 'Fører- og passasjerulykke ved død', sum: '500000' },
      { name: 'Fører- og passasjerulykke ved invaliditet', sum: '1000000' },
      { name: 'Innbo i bilen', sum: '20000' },
    ]);
    expect(p.warnings.filter((w) => w.includes('not read'))).toEqual([]);
  });

  it('«Kjøretøy» under a business title is still a product heading', () => {
    const p = parse('Forsikringsbevis - Bedriftsforsikring\n\nKjøretøy\nForsikringssum: kr 400 000\nEgenandel: kr 8 000\n');
    expect(p.coverages?.[0]?.product).toBe('Kjøretøy');
  });

  it('«Inkludert: Veihjelp, Glass, Leiebil inntil 15 dager» (a list, no kroner) gives no item', () => {
    const p = parse('Bilforsikring\nDekning: Kasko\nEgenandel: kr 6 000\nPris per år: kr 9 842\nInkludert: Veihjelp, Glass, Leiebil inntil 15 dager\n');
    expect(p.coverages?.[0]?.items).toBeUndefined();
  });
});

describe('a portal card with its fields apart by tabs', () => {
  it('keeps its card across «Boligtype», «Betaling» and «Neste fornyelse»; «Grenser innenfor forsikringssummen» over «Dekning | Inntil» gives items', () => {
    const p = parse(
      'Innboforsikring Pluss\nAktiv\n\nAdresse\tKirkeveien 64 B, 0364 Oslo\nBoligtype\tLeilighet i blokk, 3. etasje\nForsikringssum\t1 450 000 kr\nEgenandel\t3 000 kr\n' +
        'Pris per år\t2 988 kr\nBetaling\tMånedlig, 249 kr\nNeste fornyelse\t01.09.2026\n\nGrenser innenfor forsikringssummen\nDekning\tInntil\nSmykker, ur og verdisaker\t200 000 kr\nPenger\t10 000 kr\n',
    );
    expect(p.renewal_date).toBe('2026-09-01');
    expect(p.coverages).toEqual([
      {
        product: 'Innboforsikring',
        coverage: 'Pluss',
        object: 'Kirkeveien 64 B, 0364 Oslo',
        index_class: 'innbo',
        sum: '1450000',
        deductible: '3000',
        premium: '2988',
        items: [
          { name: 'Smykker, ur og verdisaker', sum: '200000' },
          { name: 'Penger', sum: '10000' },
        ],
      },
    ]);
  });

  it('«6 412 kr (betales månedlig, 534 kr per måned)» is the year\'s premium', () => {
    const p = parse('Båtforsikring\nForsikringssum: kr 385 000\nPris per år: 6 412 kr (betales månedlig, 534 kr per måned)\n');
    expect(p.coverages?.[0]?.premium).toBe('6412');
  });
});

describe('the document\'s one boat field is the object of its vehicle rows', () => {
  it('«Båt: Askeladden 540 Fun» over the table of the boat\'s covers', () => {
    const p = parse(
      'Båt: Askeladden 540 Fun\nÅrsmodell: 2019\n\nBåtforsikring\n\n| Dekning | Forsikringssum | Egenandel |\n|---|---|---|\n| Kasko | 385 000 kr | 5 000 kr |\n| Ansvar | 10 000 000 kr | 0 kr |\n',
    );
    expect(p.coverages?.map((c) => [c.coverage, c.object])).toEqual([
      ['Kasko', 'Askeladden 540 Fun'],
      ['Ansvar', 'Askeladden 540 Fun'],
    ]);
  });
});

describe('an app\'s cards, label and value side by side without a colon', () => {
  // docs/sparebank1-app-kort-bat-bil-2026: «Båtforsikring Pluss» / «Båt: Yamarin 59 DC (2019)» / «Avtale 5102 7734» /
  // «Forsikringssum 450 000 kr» …, then «Bilforsikring Kasko» / «Tesla Model Y Long Range 2022» / «Kjennemerke EK 12345» /
  // «Bonus 70 %» / «Kjørelengde 16 000 km» / «Egenandel 6 000 kr» / «Pris per år 7 980 kr»
  const cards = [
    'Forsikringene mine', '', 'Båtforsikring Pluss', 'Båt: Yamarin 59 DC (2019)', 'Avtale 5102 7734', 'Forsikringssum 450 000 kr', 'Egenandel 6 000 kr', 'Pris per år 8 412 kr', '',
    'Bilforsikring Kasko', 'Tesla Model Y Long Range 2022', 'Kjennemerke EK 12345', 'Bonus 70 %', 'Kjørelengde 16 000 km', 'Egenandel 6 000 kr', 'Pris per år 7 980 kr', '',
  ].join('\n');
  it('each card its coverage: the boat by its model and year, the car by its plate; bonus and mileage no figures', () => {
    const p = parse(cards);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Båtforsikring', 'Pluss', 'Yamarin 59 DC (2019)', '450000', '6000', '8412'],
      ['Bilforsikring', 'Kasko', 'EK 12345', undefined, '6000', '7980'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('the boat named on the page is never the car\'s object', () => {
    const p = parse(cards.replace('Kjennemerke EK 12345\n', ''));
    expect(p.coverages?.find((c) => c.product === 'Bilforsikring')?.object).toBeUndefined();
  });
  // docs/eika-epost-kjoretoy-liste-2026: «Dekning: Kasko, bonus 70 %»
  it('a vehicle\'s fact after the cover level is no part of it', () => {
    const p = parse('Personbil EK 12345 Toyota Corolla 2019\nDekning: Kasko, bonus 70 %\nEgenandel: 6 000 kr\nPris: 7 140 kr per år\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.premium])).toEqual([['Personbil', 'Kasko', 'EK 12345 Toyota Corolla 2019', '7140']]);
  });
});

describe('a card\'s place and its next field run into one line', () => {
  // pdf/sparebank1-app-kort-bat-bil-2026.rowpitch.pdf: «Adresse: Bakkeveien 14, 2815 Gjøvik Forsikringssum 800 000 kr»
  it('the address ends at its place name; the labelled figure after it is the card\'s', () => {
    const p = parse('Innboforsikring Standard\nAdresse: Bakkeveien 14, 2815 Gjøvik Forsikringssum 800 000 kr\nEgenandel 4 000 kr\nPris per år 2 364 kr\n');
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([['Innboforsikring', 'Bakkeveien 14, 2815 Gjøvik', '800000', '4000', '2364']]);
  });
  it('a place name of more words than one is left whole, not split in it', () => {
    const p = parse('Innboforsikring\nAdresse: Storgata 1, 8622 Mo i Rana Forsikringssum 800 000 kr\nPris per år 2 364 kr\n');
    expect(p.coverages?.[0]?.sum).toBeUndefined();
  });
});

describe('a vehicle block: its line under the product heading, and several deductibles', () => {
  // docs/gjensidige-oversikt-privat-bil-flere-egenandeler-2027: «Bilforsikring» over «Tesla Model Y Long Range 2022, EL 48213»,
  // «Egenandel kasko: 6 000 kr», «Egenandel glass: 2 000 kr», «Egenandel leiebil: 1 500 kr»
  const CAR = 'Bilforsikring\nTesla Model Y Long Range 2022, EL 48213\nDekning: Kasko\nBonus: 75 %\nKjørelengde: 16 000 km\nEgenandel kasko: 6 000 kr\nEgenandel glass: 2 000 kr\nEgenandel leiebil: 1 500 kr\nPris per år: 8 940 kr\n';
  it('the vehicle named with its plate right under the heading is the object', () => {
    const p = parse(`${HEAD}${CAR}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([['Bilforsikring', 'Kasko', 'Tesla Model Y Long Range 2022, EL 48213']]);
  });
  it('a rental car\'s deductible after the cover\'s own is an item, not a second block (before: the block split, its deductible 1 500)', () => {
    const p = parse(`${HEAD}${CAR}`);
    expect(p.coverages?.map((c) => [c.deductible, c.premium, c.items?.map((i) => [i.name, i.deductible])])).toEqual([
      ['6000', '8940', [['Glass', '2000'], ['Leiebil', '1500']]],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // docs/codan-bevis-naeringsbil-flere-kjoretoy-blokker-2021: «Næringsbil» over blocks begun by «Registreringsnummer:»
  it('vehicle blocks under one heading, each begun by its plate, are a coverage each', () => {
    const p = parse(`${HEAD}Næringsbil\nRegistreringsnummer: EV 20418\nDekning: Kasko\nEgenandel kasko: kr 8 000\nÅrspremie: kr 9 985\n\nRegistreringsnummer: EL 66309\nDekning: Kasko\nEgenandel kasko: kr 8 000\nEgenandel glass: kr 3 000\nEgenandel leiebil: kr 2 000\nÅrspremie: kr 11 460\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium, c.items?.length])).toEqual([
      ['Næringsbil', 'EV 20418', '8000', '9985', undefined],
      ['Næringsbil', 'EL 66309', '8000', '11460', 2],
    ]);
  });
  // pdf/sparebank1-app-kort-bat-bil-2026.rowpitch.pdf: «Tesla Model Y Long Range 2022» and «Kjennemerke EK 12345» read as one line
  it('the model run together with the plate\'s field is the plate, as the field alone is read', () => {
    const p = parse(`${HEAD}Bilforsikring Kasko\nTesla Model Y Long Range 2022 Kjennemerke EK 12345\nEgenandel 6 000 kr\nPris per år 7 980 kr\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['EK 12345']);
  });
  it('a plate\'s label inside the line, not at its end, is no vehicle\'s line', () => {
    const p = parse(`${HEAD}Bilforsikring\nTesla Model Y Regnr. EK 12345 Bonus 70 %\nEgenandel: 6 000 kr\nPris per år: 7 980 kr\n`);
    expect(p.coverages?.map((c) => c.object)).not.toContain('Tesla Model Y Regnr. EK 12345 Bonus 70 %');
  });
  it('a second deductible of the cover level is another block\'s, not an item', () => {
    const p = parse(`${HEAD}Bilforsikring\nDekning: Kasko\nEgenandel kasko: 6 000 kr\nEgenandel kasko: 8 000 kr\nPris per år: 8 940 kr\n`);
    expect(p.coverages?.flatMap((c) => c.items ?? [])).toEqual([]);
  });
});

describe('records under a heading that does not name them', () => {
  // docs/eika-bevis-versaloverskrift-dekningsblokker-forsterisiko-2027: «KONTORFORSIKRING» over «Dekning: Inventar og utstyr»
  it('a heading in capitals over «Dekning:» records is their product, «Dekning» the coverage', () => {
    const p = parse(`${HEAD}KONTORFORSIKRING\n\n  Dekning: Inventar og utstyr\n  Forsikringssted: Torggata 22, 2317 Hamar\n  Forsikringssum: kr 1 200 000\n  Egenandel: kr 10 000\n\n  Dekning: Varer\n  Forsikringssted: Torggata 22, 2317 Hamar\n  Forsikringssum: kr 150 000\n  Egenandel per skadetilfelle: kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.index_class, c.deductible])).toEqual([
      ['Kontorforsikring', 'Inventar og utstyr', 'maskin_losore', '10000'],
      ['Kontorforsikring', 'Varer', 'varer', '10000'],
    ]);
  });
  // docs/frende-bevis-produktfelt-forsikrede-bygninger-2027: «FORSIKRINGSBEVIS» / «Produkt: Bygningsforsikring» … «Forsikrede bygninger»
  it('«Forsikrede bygninger» under a «Produkt:» field, the customer\'s name between, keeps the field\'s product', () => {
    const p = parse(`FORSIKRINGSBEVIS\nProdukt: Bygningsforsikring\n\nForsikringsnummer     7731 0452\nForsikringstaker\n  Sunnfjord Utleige AS\n  Postboks 88, 6801 Førde\n\nForsikrede bygninger\n\n  Forsikringssted:   Hafstadvegen 20, 6800 Førde\n  Forsikringssum:    kr 18 700 000\n  Egenandel:         kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([['Bygningsforsikring', 'Hafstadvegen 20, 6800 Førde', 'bygninger']]);
  });
});

describe('records whose fields are two cells without colons', () => {
  // docs/fremtind-bevis-produktrader-uten-kolon-2027: «Produkt   Husforsikring» over «Dekning   Topp», «Forsikringssted   …»,
  // «Bygning   Tomannsbolig, byggeår 2004, 212 m² BRA»
  it('«Produkt» begins the record; «Bygning» under the place describes the building (a note, not the object)', () => {
    const p = parse(`FORSIKRINGSBEVIS\nBolig\n\nForsikringsnummer       47 220 918\n\nProdukt                 Husforsikring\nDekning                 Topp\nForsikringssted         Høgskolevegen 3, 6856 Sogndal\nBygning                 Tomannsbolig, byggeår 2004, 212 m² BRA\nForsikringssum          Fullverdi\nEgenandel               kr 8 000\n\nProdukt                 Innboforsikring\nDekning                 Standard\nForsikringssted         Høgskolevegen 3, 6856 Sogndal\nForsikringssum          kr 900 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.note])).toEqual([
      ['Husforsikring', 'Topp', 'Høgskolevegen 3, 6856 Sogndal', 'Fullverdi; Tomannsbolig, byggeår 2004, 212 m² BRA'],
      ['Innboforsikring', 'Standard', 'Høgskolevegen 3, 6856 Sogndal', undefined],
    ]);
  });
});

describe('fields written as sentences', () => {
  // a farm's renewal letter: «Driftsbygning (fjøs med låve), Nedre Kvål, 7290 Støren» over
  // «Forsikringssum: kr 11 240 000. Egenandel: kr 14 000. Premie: kr 27 390.»
  it('each value\'s full stop is the sentence\'s: the amounts are read', () => {
    const p = extractPolicy(textToSource('Polise nr. 2203-18874\n\nSlik er gården forsikret\n\nDriftsbygning, Nedre Kvål, 7290 Støren\nForsikringssum: kr 11 240 000. Egenandel: kr 14 000. Premie: kr 27 390.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages).toEqual([{ product: 'Driftsbygning', object: 'Nedre Kvål, 7290 Støren', index_class: 'bygninger', sum: '11240000', deductible: '14000', premium: '27390' }]);
  });
});

describe('a place line between two records, right over a product heading and its fields', () => {
  // a PDF that lost the indents under «Eiendom: …»: «Husleietap» / its fields / «Eiendom: Lagerhall Torpo, …» /
  // «Bygning» / its fields — the place heads the record under it, never the one above
  const doc = [
    'Avtalenr: 40229175',
    '',
    'Næringseiendom',
    '',
    'Eiendom: Strandkaia 2, 6700 Måløy',
    'Bygning',
    'Forsikringssum: kr 14.200.000',
    'Egenandel: kr 20.000',
    'Årspremie: kr 17.040',
    'Husleietap',
    'Forsikringssum: kr 1.150.000',
    'Egenandel: kr 20.000',
    'Årspremie: kr 920',
    'Eiendom: Verkstedhall Deknepollen, Gnr 18 Bnr 40, 6710 Raudeberg',
    'Bygning',
    'Forsikringssum: kr 6.300.000',
    'Egenandel: kr 20.000',
    'Årspremie: kr 8.190',
    '',
  ].join('\n');
  it('gives the place to the record under it, and the figures stay with their records', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Strandkaia 2, 6700 Måløy', '14200000'],
      ['Husleietap', undefined, '1150000'],
      ['Bygning', 'Verkstedhall Deknepollen, Gnr 18 Bnr 40, 6710 Raudeberg', '6300000'],
    ]);
  });
});

describe('an index notice\'s record: last year\'s sum and the sum from the regulation\'s day', () => {
  // 50/jbf-indeksvarsel-privat-2026: «Forsikringssum i 2025: kr 900 000» over «Forsikringssum fra 1. januar 2026: kr 927 900»
  it('the sum dated from the new day is the record\'s sum, last year\'s is none, and one record is read', () => {
    const p = parse(`${HEAD}Innboforsikring\nForsikringssted: Storgata 8, 2618 Lillehammer\nForsikringssum i 2025: kr 900 000\nForsikringssum fra 1. januar 2026: kr 927 900\nEgenandel: kr 4 000\nÅrspremie 2026: kr 3 160\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Innboforsikring', '927900', '4000', '3160']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('an overview\'s row: the product – its object, a cover level or labelled figures, and the premium labelled last', () => {
  // 50/codan-egenandeler-2021: «  Bilforsikring – Volvo V60, DN 48211            Kasko           premie kr 9 140» over
  // «  Innboforsikring Stor – Sjøgata 17 B, 3040 Drammen  sum kr 750 000  premie kr 2 980»
  it('the cover level is no part of the object, and the next row is a record of its own', () => {
    const p = parse(`${HEAD}Oversikt over forsikringene dine fra 01.01.2027\n\n  Innboforsikring – Elvegata 3, 3015 Drammen      sum kr 600 000  premie kr 2 310\n  Bilforsikring – Volvo V40, EL 12345            Kasko           premie kr 7 480\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.premium])).toEqual([
      ['Innboforsikring', 'Elvegata 3, 3015 Drammen', undefined, '600000', '2310'],
      ['Bilforsikring', 'Volvo V40, EL 12345', 'Kasko', undefined, '7480'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a cell between that is neither a figure nor a cover level: the row is not read so', () => {
    const p = parse(`${HEAD}Oversikt\n\n  Bilforsikring – Volvo V40, EL 12345            bonus 70 % neste år           premie kr 7 480\n`);
    expect(p.coverages?.some((c) => c.coverage !== undefined)).toBeFalsy();
  });
});

describe('a natural-damage notice\'s list: a bullet per insurance, its sum and a second figure after a dash', () => {
  // 50/tryg-naturskadepremie-2025: «  • Husforsikring, Lyngveien 3, 4879 Grimstad» / «    Forsikringssum: 5 870 000 kr – naturskadepremie 2025: 470 kr»
  // then «  • Innboforsikring, Lyngveien 3, 4879 Grimstad» / «    Forsikringssum: 1 200 000 kr – …»
  it('each bullet is a record of its own product and place; the sum is the amount before the dash', () => {
    const p = parse(`${HEAD}Dine forsikringer med naturskadedekning:\n\n  • Husforsikring, Bakken 2, 4877 Grimstad\n    Forsikringssum: 4 100 000 kr – naturskadepremie 2027: 328 kr\n  • Innboforsikring, Bakken 2, 4877 Grimstad\n    Forsikringssum: 900 000 kr – naturskadepremie 2027: 72 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Husforsikring', 'Bakken 2, 4877 Grimstad', '4100000', undefined],
      ['Innboforsikring', 'Bakken 2, 4877 Grimstad', '900000', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a travel certificate: «Produkt: Reiseforsikring» over its sums per person, its deductible and price', () => {
  // docs/codan-reisebevis-summer-per-person-2026: «- Reisegods: 25 000 kr» … «Egenandel: 800 kr per skadetilfelle.»
  it('one coverage: the bullets its items, the deductible and price under them its own', () => {
    const p = parse(
      'Forsikringsnummer: RF-6610-4482\n\nProdukt: Reiseforsikring\n\nForsikringssummer per person:\n- Avbestilling: 40 000 kr\n- Reisegods: 25 000 kr\n\nEgenandel: 800 kr per skadetilfelle.\nPris per år: 1 990 kr\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Reiseforsikring', index_class: 'none', deductible: '800', premium: '1990', items: [{ name: 'Avbestilling', sum: '40000' }, { name: 'Reisegods', sum: '25000' }] },
    ]);
    expect(p.warnings).toEqual([]);
  });

  // (after frende's nynorsk travel certificate: the last bullet «- Ansvar: 10 000 000 kr per skadetilfelle» before them)
  it('«Eigenandel: 1 000 kr per skadetilfelle.» after a block has ended is the cover’s, not a second Reiseforsikring', () => {
    const p = parse(
      'Forsikringsnummer: RF-6610-4482\n\nProdukt: Reiseforsikring\n\nForsikringssummar per person:\n- Avbestilling: 50 000 kr\n- Ansvar: 10 000 000 kr per skadetilfelle\n\nEigenandel: 1 000 kr per skadetilfelle.\n',
    );
    expect(p.coverages?.filter((c) => c.product === 'Reiseforsikring')).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Reiseforsikring', deductible: '1000' });
  });
});

describe('«Beskrivelse:» under «Forsikringssted:» in a record set apart by spaces', () => {
  // «   Forsikringssted:   Solbakkvegen 1-19, 1519 Moss» over «   Beskrivelse:       6 boligblokker med 96 leiligheter …»
  it('describes the building (a note); the place is the object', () => {
    const p = parse(`${HEAD}Bygning\n   Forsikringssted:   Fjordvegen 2-14, 3050 Mjøndalen\n   Beskrivelse:       4 lavblokker med 48 leiligheter\n   Forsikringssum:    kr 96.400.000\n   Egenandel:         kr 10.000\n   Årspremie:         kr 118.300\n`);
    const c = p.coverages?.find((x) => x.product === 'Bygning');
    expect([c?.object, c?.note, c?.sum]).toEqual(['Fjordvegen 2-14, 3050 Mjøndalen', '4 lavblokker med 48 leiligheter', '96400000']);
  });
});

describe('a bullet per thing insured under a title that names the product', () => {
  // private-holdout48/sparebank1-hytte-forsikringsbevis: «Forsikringsbevis – Fritidsbustad», «Forsikringsstad:» over the
  // place, then «• Hytte» / «  Dekning: Pluss» / «  Forsikringssum: fullverdi» / «  Eigenandel: 8 000 kr» / «  Pris: 5 412 kr per år»,
  // «• Anneks, 18 m²» and «• Innbu i hytta» the same way
  const doc = [
    'Forsikringsbevis – Fritidsbustad',
    '',
    'Avtalenummer: 9017 552 310',
    '',
    'Forsikringsstad:',
    'Fjellstølvegen 7',
    'Gnr 12 Bnr 44, 6869 Hafslo',
    '',
    'Dette har du forsikra på denne staden:',
    '',
    '• Hytte',
    '  Dekning: Pluss',
    '  Forsikringssum: fullverdi',
    '  Eigenandel: 8 000 kr',
    '  Pris: 5 412 kr per år',
    '',
    '• Anneks, 18 m²',
    '  Dekning: Pluss',
    '  Forsikringssum: 250 000 kr',
    '  Eigenandel: 8 000 kr',
    '  Pris: 610 kr per år',
    '',
    '• Innbu i hytta',
    '  Dekning: Standard',
    '  Forsikringssum: 300 000 kr',
    '  Eigenandel: 4 000 kr',
    '  Pris: 1 026 kr per år',
    '',
  ].join('\n');
  it('each bullet is a record of its own, named by the bullet, not by the title', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible, c.premium, c.index_class])).toEqual([
      ['Hytte', 'Pluss', undefined, '8000', '5412', 'bygninger'],
      ['Anneks', 'Pluss', '250000', '8000', '610', 'bygninger'],
      ['Innbu i hytta', 'Standard', '300000', '4000', '1026', 'innbo'],
    ]);
  });
  // a year overview's bullets under group headings, each over its fields as sub-bullets set in: «Bolig og eiendeler» /
  // «  • Innboforsikring Ekstra» / «    - Forsikringssted: Bjørkelia 7, 3570 Ål» / … / «    - Betalt premie 2025: 3 318 kr»,
  // «Kjøretøy» / «  • Bilforsikring Toppkasko – EV 10562 Skoda Enyaq» / «    - Egenandel: 6 000 kr»
  it('a bullet over its fields as sub-bullets is a record of its own; a vehicle after its dash is its object; a paid premium is the premium', () => {
    const p = parse(`${HEAD}Bolig og eiendeler\n  • Innbo hytte\n    - Forsikringssted: Gnr 12 Bnr 40, 3580 Geilo\n    - Forsikringssum: 250 000 kr\n    - Egenandel: 4 000 kr\n    - Betalt premie 2025: 690 kr\n\nKjøretøy\n  • Bilforsikring Toppkasko – EV 10562 Skoda Enyaq\n    - Egenandel: 6 000 kr\n    - Bonus: 75 %\n    - Betalt premie 2025: 9 876 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Innbo hytte', 'Gnr 12 Bnr 40, 3580 Geilo', '250000', '4000', '690'],
      ['Bilforsikring', 'EV 10562 Skoda Enyaq', undefined, '6000', '9876'],
    ]);
  });
  // docs/frende-arsoversikt-punkter-underpunkter-betalt-premie-2025: «Hjem» / «  • Innboforsikring Super» / «    - Forsikringssted: …»
  it('under a heading that names no product, a bullet over its sub-bulleted fields is a record', () => {
    const p = parse(`${HEAD}Hjem\n  • Innboforsikring Super\n    - Forsikringssted: Kleivane 3, 5300 Kleppestø\n    - Forsikringssum: 1 400 000 kr\n    - Egenandel: 4 000 kr\n    - Betalt premie 2025: 2 904 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.premium])).toEqual([['Innboforsikring', 'Super', 'Kleivane 3, 5300 Kleppestø', '1400000', '2904']]);
    expect(p.warnings).toEqual([]);
  });
  // a PDF printed from HTML or groff loses the indent and keeps the marks: «• Campingvogn – Kasko» over «- Objekt: …»,
  // «- Forsikringssum: kr 240 000 (avtalt verdi)», «- Eigenandel: kr 4 000», «- Årspremie: kr 2 874», all at one indent
  it('a dash\'s item under a round bullet is its field also where both stand at one indent', () => {
    const p = parse(`${HEAD}Forsikringane dine:\n\n• Campingvogn – Kasko\n- Objekt: Hobby De Luxe 545 KMF 2018, CU 4418\n- Forsikringssum: kr 240 000 (avtalt verdi)\n- Eigenandel: kr 4 000\n- Årspremie: kr 2 874\n\n• Tilhengar – Delkasko\n- Objekt: Brenderup 1205S 2021, JD 7714\n- Forsikringssum: kr 18 000\n- Eigenandel: kr 2 000\n- Årspremie: kr 612\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Campingvogn', 'Kasko', 'Hobby De Luxe 545 KMF 2018, CU 4418', '240000', '4000', '2874'],
      ['Tilhengar', 'Delkasko', 'Brenderup 1205S 2021, JD 7714', '18000', '2000', '612'],
    ]);
  });
  it('a bullet that is a sentence, or has no fields under it, names no record', () => {
    const p = parse(doc.replace('• Anneks, 18 m²', '• Anneks er med i prisen').replace('• Innbu i hytta\n', '• Innbu i hytta\n\nLitt tekst her.\n'));
    expect(p.coverages?.map((c) => c.product)).not.toContain('Anneks er med i prisen');
    expect(p.coverages?.map((c) => c.product)).not.toContain('Innbu i hytta');
  });
});

describe('a line of a building\'s year and area under a record\'s place, before its fields', () => {
  // nynorsk «HUS» / «  Forsikringsstad:  Nesvegen 14, 6856 Sogndal» / «  Bustadhus, bygd 1974, 168 m2» / «  Forsikringssum: …»
  it('is the record\'s description: no product and no place', () => {
    const p = parse(`${HEAD}HUS\n  Forsikringsstad:  Kvernhusvegen 3, 6863 Leikanger\n  Einebustad, bygd 1962, 142 m2\n  Forsikringssum:   Fullverdi\n  Eigendel:         kr 10 000\n  Årspremie:        kr 11 204\n\nINNBU\n  Forsikringsstad:  Kvernhusvegen 3, 6863 Leikanger\n  Forsikringssum:   kr 900 000\n  Eigendel:         kr 4 000\n  Årspremie:        kr 2 310\n`);
    expect(p.coverages?.map((c) => [c.product.toLowerCase(), c.object])).toEqual([
      ['hus', 'Kvernhusvegen 3, 6863 Leikanger'],
      ['innbu', 'Kvernhusvegen 3, 6863 Leikanger'],
    ]);
    expect(p.coverages?.[0]?.note).toContain('bygd 1962');
  });
});

describe('a certificate\'s price heading', () => {
  // a child insurance's certificate: «Pris» over «Årspris                          kr 2 436» and «Betalingsmåte   Avtalegiro, 12 terminer»
  it('«Pris» over «Årspris  kr 2 436» names no product: the premium is the title\'s person product\'s', () => {
    const p = extractPolicy(
      textToSource(
        'FORSIKRINGSBEVIS\nBarneforsikring\n\nForsikringsnummer                7310448291\n\nDekning                          Forsikringssum\nMedisinsk invaliditet            40 G\nDødsfall                         1 G\n\nEgenandel\nØvrige dekninger har ingen egenandel.\n\nPris\nÅrspris                          kr 2 436\nBetalingsmåte                    Avtalegiro, 12 terminer\n',
        'doc.txt',
        '0'.repeat(64),
      ),
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.length])).toEqual([['Barneforsikring', '2436', 2]]);
    expect(p.warnings).toEqual([]);
  });
});

describe("a portal page's fields, each label over its value", () => {
  // «Forsikret adresse» / «Kirkeveien 88 B, …», «Boligtype» / «Leilighet i blokk, 3. etasje» between the title and the figures
  const page = 'Innboforsikring\nAktiv\n\nDekning\nEkstra\n\nForsikret adresse\nNordre gate 14, 7011 Trondheim\n\nBoligtype\nRekkehus, to etasjer\n\nByggeår\n1987\n\nForsikringssum\nkr 1 250 000\n\nEgenandel\nkr 4 000\n\nPris per år\nkr 3 612\n';
  it('reads the address as the place and the home\'s description as no product — before, «Rekkehus, to etasjer» was the product', () => {
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages).toEqual([
      { product: 'Innboforsikring', coverage: 'Ekstra', object: 'Nordre gate 14, 7011 Trondheim', index_class: 'innbo', sum: '1250000', deductible: '4000', premium: '3612' },
    ]);
  });
});

describe("a renewal letter's schedule: product heading, place line, fields set apart by dashes", () => {
  // «    Husforsikring» / «    Søndre Skogveien 5, 5145 Fyllingsdalen» / «    Forsikringssum: Fullverdi – Egenandel: kr 6 000 – Pris: kr 8 940 per år»
  const letter = 'Dine forsikringer fra 1. januar 2027\n\n    Husforsikring\n    Eikeveien 12, 4020 Stavanger\n    Forsikringssum: Fullverdi – Egenandel: kr 8 000 – Pris: kr 9 310 per år\n\n    Innboforsikring\n    Eikeveien 12, 4020 Stavanger\n    Forsikringssum: kr 950 000 – Egenandel: kr 4 000 – Pris: kr 2 412 per år\n';
  it('reads the heading as the product, the line under it as the place, each field without the dash — before, the street was the product', () => {
    const p = parse(letter);
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', object: 'Eikeveien 12, 4020 Stavanger', index_class: 'bygninger', deductible: '8000', premium: '9310', note: 'Fullverdi' },
      { product: 'Innboforsikring', object: 'Eikeveien 12, 4020 Stavanger', index_class: 'innbo', sum: '950000', deductible: '4000', premium: '2412' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a middle dot between the fields is no part of the value either', () => {
    const p = parse('Bilforsikring Kasko\nEL 44120 Volkswagen ID.4\nEgenandel: kr 8 000 · Pris: kr 7 320 per år\n');
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bilforsikring', coverage: 'Kasko', deductible: '8000', premium: '7320' });
  });
});

describe('«Premium» after a product\'s name', () => {
  // «* Veterinærforsikring Premium» over «  Forsikringssum per år: 60 000 kr» …
  it('is the cover level, as «Pluss» or «Super» is — before, «Veterinærforsikring Premium» was one product', () => {
    const p = parse('Forsikringen din\n\n* Hundeforsikring Premium\n  Forsikringssum: 40 000 kr\n  Egenandel: 2 000 kr\n  Pris per år: 3 480 kr\n');
    expect(p.coverages?.[0]).toMatchObject({ product: 'Hundeforsikring', coverage: 'Premium', sum: '40000', deductible: '2000', premium: '3480' });
  });
});

describe('a class of things over the next record\'s name', () => {
  // a farm certificate in a PDF set in two columns, the machines' fields in the other column:
  // «Maskinar og reiskap» over «Husdyr (mjølkeku og ungdyr)» over «Forsikringssum: kr 1 300 000»
  it('the name right over the fields is the record\'s, never a subtitle of the line above', () => {
    const p = extractPolicy(textToSource('Landkreditt Forsikring\nPolisenummer: 4471 2209\n\nLausøyre\n\nMaskinar og reiskap\n\nHusdyr (mjølkeku og ungdyr)\nForsikringssum: kr 1 300 000\nEigenandel: kr 15 000\nPremie: kr 2 760\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages!.find((c) => c.sum === '1300000')?.product).toBe('Husdyr (mjølkeku og ungdyr)');
  });
});

describe('a broker\'s line of the insurer between a record\'s name and its line of fields', () => {
  // holdout 58 soderberg-forsikringsoversikt: «• Næringsbygg – Industriveien 9, 3414 Lierstranda» / «  Selskap: If, polise
  // SP812244» / «  Forsikringssum kr 22 400 000, egenandel kr 25 000, årspremie kr 38 910»
  it('the name is the bullet above it, never «Selskap: …»; a waiting time ends its field', () => {
    const p = parse(`Dato: 03.03.2026\n\nSkadeforsikring\n\n• Næringsbygg – Industriveien 9, 3414 Lierstranda\n  Selskap: If, polise SP812244\n  Forsikringssum kr 22 400 000, egenandel kr 25 000, årspremie kr 38 910\n\n• Driftstap – Industriveien 9, 3414 Lierstranda\n  Selskap: If, polise SP812244\n  Forsikringssum kr 18 000 000, egenandel 24 timer, årspremie kr 9 480\n\n• Produkt- og bedriftsansvar\n  Selskap: Tryg, avtale 7730-601932\n  Forsikringssum kr 20 000 000, egenandel kr 20 000, årspremie kr 17 400\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Næringsbygg', 'Industriveien 9, 3414 Lierstranda', '22400000', '25000', '38910'],
      ['Driftstap', 'Industriveien 9, 3414 Lierstranda', '18000000', undefined, '9480'],
      ['Produkt- og bedriftsansvar', undefined, '20000000', '20000', '17400'],
    ]);
    expect(p.warnings.join('\n')).toMatch(/could not read the deductible «24 timer» of Driftstap/);
  });
});

describe('a portal card one field a line, and a record in two parts', () => {
  // docs/gjensidige-min-side-batkort-niva-under-tittel-2026: «Båtforsikring» over «Ekstra», «Forsikringsgiver» over the insurer
  it('a cover level under the card\'s title is its coverage, and the insurer\'s field does not end the card', () => {
    const p = parse('Gjensidige\nMin side\nBåtforsikring\nEkstra\nForsikringsnummer\n84 226 910 4\nForsikringsgiver\nGjensidige Forsikring ASA\nForsikret båt\nNordkapp Enduro 605\nForsikringssum\nkr 410 000\nEgenandel\nkr 5 000\nÅrspris\nkr 5 268\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([['Båtforsikring', 'Ekstra', 'Nordkapp Enduro 605', '410000', '5000', '5268']]);
  });
  // docs/frende-bilbevis-forsikring-under-bil-2027: «Bil» over the car's facts, «Forsikring» over «Dekning: Kasko», …
  it('«Forsikring» between the car\'s facts and its figures goes on with the record; «kr per år (… per måned)» is the year\'s', () => {
    const p = parse('Forsikringsbevis – Bilforsikring\n\nPolisenummer: FR-2207815\n\nBil\nRegistreringsnummer: EV 61204\nMerke og modell: Skoda Enyaq 85\n\nForsikring\nDekning: Kasko\nEgenandel: 6 000 kr\nPris: 8 316 kr per år (693 kr per måned)\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', 'EV 61204', '6000', '8316']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('records under a section titled between rules, and a record named over a description', () => {
  // docs/storebrand-min-side-sameie-seksjoner-beskrivelse-2026: «--- Bygninger ---» / a place / «  Boligblokk, 36 seksjoner,
  // byggeår 1991» / «  Forsikringssum: …»
  it('the place and the building\'s description set in under it are one record of the section\'s product; the next place begins the next', () => {
    const p = parse('Avtalenummer: 70-4418 225\n\n--- Bygninger ---\n\nBjørkeliveien 2-6, 1410 Kolbotn\n  Boligblokk, 36 seksjoner, byggeår 1991\n  Forsikringssum: kr 142 300 000\n  Egenandel: kr 20 000\n  Pris per år: kr 98 640\n\nBjørkeliveien 8, 1410 Kolbotn\n  Carport og bod, 30 plasser\n  Forsikringssum: kr 6 850 000\n  Egenandel: kr 20 000\n  Pris per år: kr 5 212\n');
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([
      ['Bygninger', 'Bjørkeliveien 2-6, 1410 Kolbotn', '142300000', 'Boligblokk, 36 seksjoner, byggeår 1991'],
      ['Bygninger', 'Bjørkeliveien 8, 1410 Kolbotn', '6850000', 'Carport og bod, 30 plasser'],
    ]);
  });
  // docs/tryg-epost-innbo-verdisaker-beskrivelse-2026: «Verdisaker» / «Kamerautstyr og klokker, spesifisert i egen liste» / its figures
  it('a name over a line that describes what it insures, then its figures, is a record of that name', () => {
    const p = parse(`${HEAD}Innboforsikring\nForsikringssum     NOK 1 200 000,-\nPremie per år      NOK 3 412,-\n\nVerdisaker\nKamerautstyr og klokker, spesifisert i egen liste\nForsikringssum     NOK 90 000,-\nEgenandel          NOK 6 000,-\nPremie per år      NOK 715,-\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.note])).toEqual([
      ['Innboforsikring', '1200000', undefined],
      ['Verdisaker', '90000', 'Kamerautstyr og klokker, spesifisert i egen liste'],
    ]);
  });
  // holdout 54's portal page: «Tilleggsforsikring» over «Verdigjenstander» over «Forsikringssum»: a one-word name is no description
  it('a heading over the record\'s own one-word name keeps the name as the product', () => {
    const p = parse(`${HEAD}Tilleggsforsikring\nVerdigjenstander\nForsikringssum\nkr 60 000\nEgenandel\nkr 3 000\nPris per år\nkr 612\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Verdigjenstander']);
  });
});

// A record's sum with a remark in brackets, and a section named by a compound of «felles»; after /work/private-holdout59's
// co-ownership certificate, written anew in docs/dnb-sameie-bevis-fellesinnbo-sum-med-merknad-2026.
describe('a sum with a remark, and a «Fellesinnbo» section', () => {
  const parseText = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
  const DOC =
    'Forsikringsbevis - Eierseksjonssameie\n\n--- Bygninger ---\n\nSolsidevegen 2-6, 7043 Trondheim\n  Forsikringssum: kr 131 200 000 (fullverdi, oppgitt som sum)\n  Egenandel: kr 10 000\n  Pris per år: kr 94 860\n\n--- Fellesinnbo ---\n\nSolsidevegen 2-6, 7043 Trondheim\n  Forsikringssum: kr 500 000\n  Egenandel: kr 4 000\n  Pris per år: kr 1 480\n';
  // «  Forsikringssum: kr 131 200 000 (fullverdi, oppgitt som sum)»
  it('«kr 131 200 000 (fullverdi, oppgitt som sum)»: the amount is the sum, the remark a note', () => {
    const c = parseText(DOC).coverages?.[0];
    expect([c?.product, c?.sum, c?.note]).toEqual(['Bygninger', '131200000', 'fullverdi, oppgitt som sum']);
  });
  // «--- Fellesinnbo ---»
  it('«--- Fellesinnbo ---» names the record under it', () => {
    const p = parseText(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.sum])).toEqual([
      ['Bygninger', 'Solsidevegen 2-6, 7043 Trondheim', 'bygninger', '131200000'],
      ['Fellesinnbo', 'Solsidevegen 2-6, 7043 Trondheim', 'innbo', '500000'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a remark that names a first risk is not read past', () => {
    const p = parseText(DOC.replace('(fullverdi, oppgitt som sum)', '(på første risiko basis)'));
    expect(p.coverages?.[0]?.sum).not.toBe('131200000');
  });
});

describe('records set as two cells with no colon, named by a label or by their sum', () => {
  // private-holdout61/klp-eiendom-kommunalt-foretak (lines 15–20): «Forsikringssted   Storgata 10, 2870 Dokka» over
  // «Bygning   Rådhus, kontorbygg i 3 etasjer», «Forsikringssum   kr 84 600 000», …, «Indeks   Bygningsindeks»
  it('a label that names a product under the place is the record\'s product, its value the description', () => {
    const p = parse(`${HEAD}Eiendom 1\nForsikringssted          Slidrevegen 22, 2966 Slidre\nBygning                  Barneskole med gymsal\nForsikringssum           kr 61 200 000\nEgenandel                kr 25 000\nÅrspremie                kr 48 730\nIndeks                   Bygningsindeks\n\nEiendom 2\nForsikringssted          Lomen, Gnr 12 Bnr 40, 2967 Lomen\nBygning                  Gammel meieribygning\nForsikringssum           kr 2 750 000\nEgenandel                kr 50 000\nÅrspremie                kr 3 960\nIndeks                   Ingen\n\nEiendom 3\nForsikringssted          Slidrevegen 22, 2966 Slidre\nLøsøre                   Skoleinventar\nForsikringssum           kr 3 400 000\nEgenandel                kr 25 000\nÅrspremie                kr 2 210\nIndeks                   Løsøreindeks\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium, c.index_class, c.note])).toEqual([
      ['Bygning', 'Slidrevegen 22, 2966 Slidre', '61200000', '25000', '48730', 'bygninger', 'Barneskole med gymsal'],
      ['Bygning', 'Lomen, Gnr 12 Bnr 40, 2967 Lomen', '2750000', '50000', '3960', 'none', 'Gammel meieribygning'],
      ['Løsøre', 'Slidrevegen 22, 2966 Slidre', '3400000', '25000', '2210', 'maskin_losore', 'Skoleinventar'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // docs/tryg-fornyelse-sopp-skadedyr-byggekostnadsindeks-2026: «Forsikring:       Sopp- og skadedyrforsikring» over
  // «Forsikringssted:  Furuveien 22, …» and «Bygning:          Enebolig med sokkel, byggeår 1981»
  it('a record whose own «Forsikring:» field names its product keeps it: the label under the place describes the building', () => {
    const p = parse(`${HEAD}  Forsikring:       Hussoppforsikring\n  Forsikringssted:  Bakkeveien 3, 3612 Kongsberg\n  Bygning:          Rekkehus, byggeår 1992\n  Forsikringssum:   kr 2 800 000\n  Egenandel:        kr 8 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([['Hussoppforsikring', 'Bakkeveien 3, 3612 Kongsberg', '2800000']]);
  });
  it('an index that names another class than the product\'s is warned, the product\'s class kept', () => {
    const p = parse(`${HEAD}Forsikringssted          Slidrevegen 22, 2966 Slidre\nBygning                  Barneskole\nForsikringssum           kr 61 200 000\nIndeks                   Løsøreindeks\n`);
    expect(p.coverages?.[0]?.index_class).toBe('bygninger');
    expect(p.warnings.some((w) => w.includes('Løsøreindeks'))).toBe(true);
  });
  // private-holdout61/protector-naeringseiendom-bevis (lines 10–24): «Forsikringssted A   Kongens gate 7, 7011 Trondheim»,
  // «Forsikringssum bygning   NOK 142 000 000», then «Husleietap   NOK 9 600 000» over «Egenandel» and «Premie»
  it('a lettered place, a sum labelled with its product and a record begun by its name and sum', () => {
    const p = parse(`${HEAD}Forsikringssted A          Bryggeveien 14, 3183 Horten\nBygningstype               Kontor og butikk\nForsikringssum bygning     NOK 54 800 000\nEgenandel                  NOK 30 000\nPremie                     NOK 41 260\n\nHusleietap                 NOK 4 200 000\nEgenandel                  NOK 30 000\nPremie                     NOK 3 150\n\nForsikringssted B          Havnegata 3, 3183 Horten\nForsikringssum bygning     NOK 12 600 000\nEgenandel                  NOK 20 000\nPremie                     NOK 11 480\n\nEiendomsansvar             NOK 10 000 000\nEgenandel                  NOK 10 000\nPremie                     NOK 2 390\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Bryggeveien 14, 3183 Horten', '54800000', '30000', '41260'],
      ['Husleietap', 'Bryggeveien 14, 3183 Horten', '4200000', '30000', '3150'],
      ['Bygning', 'Havnegata 3, 3183 Horten', '12600000', '20000', '11480'],
      ['Eiendomsansvar', undefined, '10000000', '10000', '2390'],
    ]);
  });
});

describe('a card of one label a line, its labels repeated per record', () => {
  // docs/gjensidige-epost-personal-kort-etikett-per-linje-2026: «Forsikring» / «Gruppeliv» / «Ytelse» / «Utbetaling ved
  // dødsfall» / «Forsikringssum per person» / «8 G» / … / «Årspremie» / «kr 18 240»
  const card = (product: string, items: Array<[string, string]>, premium: string): string =>
    ['Forsikring', product, ...items.flatMap(([n, v]) => ['Ytelse', n, 'Sum per person', v]), 'Årspremie', premium, ''].join('\n');
  it('the value under «Forsikring» is the product, under «Ytelse» an item, its G sum or kroner sum the item\'s', () => {
    const text = `${HEAD}${card('Gruppeliv', [['Dødsfallserstatning', '10 G'], ['Barnetillegg per barn under 21 år', '2 G']], 'kr 31 860')}\n${card('Behandlingsforsikring', [['Behandling hos spesialist og operasjon', 'kr 2 000 000']], 'kr 48 600')}`;
    const p = parse(text);
    expect(p.coverages).toEqual([
      { product: 'Behandlingsforsikring', index_class: 'none', premium: '48600', items: [{ name: 'Behandling hos spesialist og operasjon', sum: '2000000' }] },
      { product: 'Gruppeliv', index_class: 'none', premium: '31860', items: [{ name: 'Dødsfallserstatning', sum: { g: '10' } }, { name: 'Barnetillegg per barn under 21 år', sum: { g: '2' } }] },
    ]);
    expect(p.warnings ?? []).toEqual([]);
  });
  it('«Forsikring» over prose is no card: no product from it', () => {
    const p = parse(`${HEAD}Forsikring\nDenne avtalen gjelder for alle ansatte.\nÅrspremie\nkr 4 000\n`);
    expect(p.coverages?.map((c) => c.product) ?? []).not.toContain('Denne avtalen gjelder for alle ansatte.');
  });
});

describe('a boat\'s certificate: what is insured under its title, the parts its cover includes', () => {
  // docs/tryg-batforsikring-hva-er-forsikret-deler-inngar-2026: «Hva er forsikret» / «Båt: Nimbus 27 Nova» / «Årsmodell: 2016»
  // … «Ansvar og rettshjelp inngår i forsikringen:» / «Ansvarssum: kr 5 000 000» / «Rettshjelp: inntil kr 100 000, …»
  const cert = (lead: string, parts: string): string =>
    `${HEAD}Forsikringsbevis – Båtforsikring\n\nKva er forsikra\n\nBåt:                  Askeladden C61 Cruiser\n                      Båthamn: Hjellestad småbåthamn, plass 112\nÅrsmodell:            2021\nMotor:                Yamaha F100\n\nDekning:              Kasko\nForsikringssum:       kr 420 000\nEigenandel:           kr 4 000\nPris per år:          kr 3 950\n\n${lead}\n${parts}`;
  it('the title\'s product goes on under «Kva er forsikra»; the boat by its model is the object; the parts are items', () => {
    const p = parse(cert('Ansvar og rettshjelp er med i forsikringa:', 'Ansvarssum:           kr 10 000 000\nRettshjelp:           inntil kr 100 000, eigenandel 20 % av kostnadene\n'));
    expect(p.coverages).toEqual([
      { product: 'Båtforsikring', coverage: 'Kasko', object: 'Askeladden C61 Cruiser', index_class: 'none', sum: '420000', deductible: '4000', premium: '3950', items: [{ name: 'Ansvarssum', sum: '10000000' }, { name: 'Rettshjelp', sum: '100000' }] },
    ]);
    expect(p.warnings ?? []).toEqual([]);
  });
  it('a part whose limit is no amount is said, not read', () => {
    const p = parse(cert('Ansvar og rettshjelp er med i forsikringa:', 'Ansvarssum:           kr 10 000 000\nRettshjelp:           etter vilkåra\n'));
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Ansvarssum', sum: '10000000' }]);
    expect((p.warnings ?? []).join('\n')).toContain('could not read the limit');
  });
});

describe('a portal\'s card of one label a line: its status and the month\'s price among its fields', () => {
  // docs/fremtind-min-side-kort-status-manedspris-bolig-2026: «Husforsikring» / «Status» / «Aktiv» / «Forsikret bolig» /
  // «Vestre Kanalkai 11, 7010 Trondheim» / … / «Pris per måned» / «712 kr» / «Pris per år» / «8 544 kr»
  it('«Status» and «Pris per måned» end no card and name no product; «Forsikret bolig» is the place', () => {
    const card = 'Innboforsikring\nStatus\nAktiv\nForsikret bolig\nVestre Kanalkai 11, 7010 Trondheim\nDekning\nStandard\nForsikringssum\n1 500 000 kr\nEgenandel\n4 000 kr\nPris per måned\n251 kr\nPris per år\n3 012 kr\n';
    const p = parse(`${HEAD}${card}`);
    expect(p.coverages).toEqual([
      { product: 'Innboforsikring', coverage: 'Standard', object: 'Vestre Kanalkai 11, 7010 Trondheim', index_class: 'innbo', sum: '1500000', deductible: '4000', premium: '3012' },
    ]);
  });
});

describe('records begun by «Dekning:», each of its own lines', () => {
  // private-holdout64/hdi-ansvar-polise: «Dekning: Produktansvar» / «Forsikringssum: NOK 20 000 000,- per skadetilfelle og år» …
  // then «Dekning: Ansvar etter NS 8405/8406/8407» over its own figures — it had taken the record above's, and each after it the next one's
  const RECORDS = 'Dekning:          Bedriftsansvar\nForsikringssum:   NOK 20 000 000,- per skadetilfelle\nEgenandel:        NOK 50 000,-\nPremie:           NOK 118 400,-\n\nDekning:          Produktansvar\nForsikringssum:   NOK 20 000 000,- per skadetilfelle og år\nEgenandel:        NOK 50 000,-\nPremie:           NOK 31 200,-\n\nDekning:          Ansvar etter NS 8405/8406/8407\nForsikringssum:   NOK 10 000 000,- per skadetilfelle\nEgenandel:        NOK 100 000,-\nPremie:           NOK 22 750,-\n\nDekning:          Tap av nøkler\nForsikringssum:   NOK 250 000,-\nEgenandel:        NOK 10 000,-\nPremie:           Inkludert\n';
  it('a «Dekning:» whose value names no product begins a record of its own; no figure moves', () => {
    const p = parse(`${HEAD}Dekninger\n\n${RECORDS}`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bedriftsansvar', '20000000', '50000', '118400'],
      ['Produktansvar', '20000000', '50000', '31200'],
      ['Ansvar etter NS 8405/8406/8407', '10000000', '100000', '22750'],
      ['Tap av nøkler', '250000', '10000', undefined],
    ]);
    // («Premie: Inkludert»: the part comes with the product's price — no premium of its own, said in the note, no warning)
    expect(p.coverages?.[3]?.note).toBe('Premie inkludert');
    expect(p.warnings.some((w) => w.includes('«Inkludert»'))).toBe(false);
  });
  // «POLISE / FORSIKRINGSBEVIS» over «Ansvarsforsikring for entreprenører»: the records are covers of that product
  it('under a product named right under the document\'s kind line, each record is a cover of that product', () => {
    const p = parse(`POLISE / FORSIKRINGSBEVIS\nAnsvarsforsikring for entreprenører\n\nPolisenummer: NO-LIA-2026-00817\n\nVirksomhet\nGeneralentreprenør innen bolig- og næringsbygg.\n\nDekninger, forsikringssummer og egenandeler\n\n${RECORDS}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum])).toEqual([
      ['Ansvarsforsikring for entreprenører', 'Bedriftsansvar', '20000000'],
      ['Ansvarsforsikring for entreprenører', 'Produktansvar', '20000000'],
      ['Ansvarsforsikring for entreprenører', 'Ansvar etter NS 8405/8406/8407', '10000000'],
      ['Ansvarsforsikring for entreprenører', 'Tap av nøkler', '250000'],
    ]);
  });
});

describe('a portal card and numbered records', () => {
  // private-holdout63/if-mine-forsikringer-bil-mc: «Bilforsikring» / «EL 48213» / «Tesla Model 3 Long Range, 2022» / «Dekning» …
  it('the make, model and year under the plate describe the vehicle; the card goes on', () => {
    const p = parse(`${HEAD}Bilforsikring\nEL 48213\nTesla Model 3 Long Range, 2022\nDekning\nSuper Kasko\nEgenandel\n6 000 kr\nPris\n589 kr/mnd\n7 068 kr/år\nSe detaljer\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible, c.premium])).toEqual([['Bilforsikring', 'EL 48213', 'Super Kasko', '6000', '7068']]);
  });
  // private-holdout63/codan-danskebank-campingvogn: «Objekt 1: Campingvogn», «Merke/modell   Hobby De Luxe 560 KMFe, årsmodell 2018», «Fast plass   Nei»
  it('«Objekt 1: …» names the record\'s product, and a fact aligned beside its value is the record\'s fact', () => {
    const p = parse(`${HEAD}Objekt 1: Campingvogn\nRegistreringsnummer   JT 6615\nMerke/modell          Hobby De Luxe 560 KMFe, årsmodell 2018\nFast plass            Nei\nDekning               Kasko\nForsikringssum        NOK 245 000,-\nEgenandel             NOK 4 000,-\nPris                  NOK 2 964,- per år\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([['Campingvogn', 'JT 6615', 'Kasko', '245000', '4000', '2964']]);
  });
});

// private-holdout67/landkreditt-fornyelse-hus-innbo-2026: «Objekt   Endring» over «Bolighus og garasje   3,8 %» (the letter's
// index table), then the schedule's records under their headings
describe('a table header of two cells with no figure is no place for the records below', () => {
  const doc = [
    'Vi fornyer forsikringene dine',
    '',
    'Forsikringsnummer: 711-00482',
    '',
    '1. Indeksregulering av forsikringssummer',
    'Fra 01.01.2026 gjelder:',
    '',
    '   Objekt                      Endring',
    '   Bolighus og garasje         3,8 %',
    '   Innbo og løsøre             2,6 %',
    '',
    '2. Din forsikringsoversikt fra 01.01.2026',
    '',
    '   Garasje – Standard',
    '   Forsikringssum: kr 380 000    Egenandel: kr 10 000    Pris: kr 1 044',
    '',
  ].join('\n');
  it('«Endring» is not the garage\'s place', () => {
    const p = parse(doc);
    const c = p.coverages?.find((x) => x.product === 'Garasje');
    expect(c?.sum).toBe('380000');
    expect(c?.object).toBeUndefined();
  });
  it('a place set as two cells with a figure («Forsikringssted   Moen gård 4, 7600 Levanger») is still the records\' place', () => {
    const p = parse(doc.replace('   Objekt                      Endring\n   Bolighus og garasje         3,8 %\n   Innbo og løsøre             2,6 %\n', 'Forsikringssted      Moen gård 4, 7600 Levanger\n'));
    expect(p.coverages?.find((x) => x.product === 'Garasje')?.object).toBe('Moen gård 4, 7600 Levanger');
  });
});

describe('a vehicle named by its make and model on a card', () => {
  // 67/fremtind-dnb-forsikringsbevis-motorsykkel-snoscooter: «Kjøretøy              BMW R 1250 GS Adventure» over
  // «Registreringsnummer   VH 2049» and «Sesong                1. april – 31. oktober (avregistrert resten av året)»
  it('«Kjøretøy» with a make and model is the object, the plate under it the same vehicle, the season a fact', () => {
    const p = parse(`${HEAD}--- Motorsykkel ---\nKjøretøy              BMW R 1250 GS Adventure\nRegistreringsnummer   VH 2049\nDekning               Kasko\nSesong                1. april – 31. oktober (avregistrert resten av året)\nEgenandel             6 000 kroner\nPris per år           4 236 kroner\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible, c.premium])).toEqual([['Motorsykkel', 'BMW R 1250 GS Adventure', 'Kasko', '6000', '4236']]);
  });
  // 63/landkreditt-forsikringsbevis-bil-veteranbil: «• Registreringsnummer: VH 31892» over «• Kjøretøy: Toyota RAV4 Plug-in Hybrid, 2023»
  it('the plate first, then the model: the plate stays the object', () => {
    const p = parse(`${HEAD}Bilforsikring\n• Registreringsnummer: VH 31892\n• Kjøretøy: Toyota RAV4 Plug-in Hybrid, 2023\n• Dekning: Kasko\n• Egenandel: 6 000 kr\n• Pris: 8 316 kr per år\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage])).toEqual([['Bilforsikring', 'VH 31892', 'Kasko']]);
  });
  // «Kjøretøy: Personbil» names a kind, not the vehicle
  it('a kind of vehicle under «Kjøretøy» is no object', () => {
    const p = parse(`${HEAD}Bilforsikring\nKjøretøy: Personbil\nDekning: Kasko\nEgenandel: 6 000 kr\nPris: 8 316 kr\n`);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a record\'s lines under a product heading', () => {
  // a certificate's record: «HUS» / «Forsikringsstad: …» / «Einebustad, byggeår 1979, bruksareal 186 m²» / «Dekning: Hus Ekstra» / figures
  it('a description over «Dekning:» as the record\'s first field is the note, and the heading keeps the record', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nVillaforsikring Ekstra\nForsikringssted: Lia 4, 2930 Bagn\nEnebolig, byggeår 1962\nDekning: Hus Ekstra\nForsikringssum ...... 3.100.000 kr\nEgenandel ........... 10.000 kr\nPremie .............. 9.880 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.sum, c.note])).toEqual([['Villaforsikring Ekstra', 'Lia 4, 2930 Bagn', 'bygninger', '3100000', 'Enebolig, byggeår 1962']]);
  });
  // «Forsikringsstad: Nordre Kvamsvegen 14, 5600» over «Norheimsund»: a place field cut after its postcode, then a description
  it('a place field\'s town alone on the next line is the field\'s rest, and the heading keeps its record', () => {
    const p = parse(`${HEAD}HUS\nForsikringsstad:  Nordre Kvamsvegen 14, 5600\n                  Norheimsund\nEinebustad, byggeår 1979, bruksareal 186 m²\n    Dekning:        Hus Ekstra\n    Forsikringssum: kr 5 350 000\n    Eigendel:       kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([['HUS', 'Nordre Kvamsvegen 14, 5600 Norheimsund', '5350000', 'Einebustad, byggeår 1979, bruksareal 186 m²']]);
  });
  // «FORSIKRINGSBEVIS» over «Hus, innbu og barn»: a package's name over records of each product
  it('a title listing products of different classes names no record\'s product', () => {
    // (the place field as a PDF split it, «Nordre» apart from «Kvamsvegen 14, 5600»: the record's heading is lost there)
    const p = parse('Frende Forsikring\n\nFORSIKRINGSBEVIS\nHus, innbu og barn\n\nAvtalenummer: 7002318845\n\nHUS\nForsikringsstad:  Nordre    Kvamsvegen 14, 5600\n                  Norheimsund\nEinebustad, byggeår 1979, bruksareal 186 m²\n    Dekning:        Hus Ekstra\n    Forsikringssum: kr 5 350 000\n    Eigendel:       kr 10 000\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.index_class, c.sum])).toEqual([['Hus', 'Ekstra', 'bygninger', '5350000']]);
  });
  // private-holdout71/fremtind-fornyelse-hytte: «Hytteforsikring Pluss» / «  Sætervegen 31» / «  Gnr 88 Bnr 14, 2890 Etnedal» /
  // «  Tømmerhytte, byggeår 1991, 74 m²» / «  Forsikringssum ........ kr 3 450 000»
  it('a place over lines of its own and the building\'s description are the place and the note, never the product', () => {
    const p = parse(`${HEAD}Forsikringene dine fra 1. januar 2026\n\nHusforsikring Pluss\n  Fjellvegen 12\n  Gnr 40 Bnr 7, 3550 Gol\n  Laftet hytte, byggeår 1984, 96 m²\n  Forsikringssum ............ kr 2 800 000\n  Egenandel ................. kr 6 000\n  Pris per år ............... kr 6 420\n\nInnbo fritidsbolig\n  Fjellvegen 12\n  Gnr 40 Bnr 7, 3550 Gol\n  Forsikringssum ............ kr 250 000\n  Egenandel ................. kr 4 000\n  Pris per år ............... kr 990\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium, c.note])).toEqual([
      ['Husforsikring', 'Pluss', 'Fjellvegen 12, Gnr 40 Bnr 7, 3550 Gol', '2800000', '6000', '6420', 'Laftet hytte, byggeår 1984, 96 m²'],
      ['Innbo fritidsbolig', undefined, 'Fjellvegen 12, Gnr 40 Bnr 7, 3550 Gol', '250000', '4000', '990', undefined],
    ]);
  });
  // private-holdout71/landkreditt-fornyelse-hus-fritid: «Bolighus Topp» / «Forsikringssted: Tveitavegen 120» / «   Gnr 12 Bnr 3, …» /
  // «Enebolig, byggeår 1956, påbygd 1998» / «Forsikringssum ...... Fullverdi»
  it('a description at the margin under a labelled place is the note', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nVillaforsikring Ekstra\nForsikringssted: Lia 4\n                 Gnr 3 Bnr 9, 2930 Bagn\nEnebolig, byggeår 1962\nForsikringssum ...... 3.100.000 kr\nEgenandel ........... 10.000 kr\nPremie .............. 9.880 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.note])).toEqual([['Villaforsikring', 'Ekstra', 'Lia 4, Gnr 3 Bnr 9, 2930 Bagn', '3100000', 'Enebolig, byggeår 1962']]);
  });
});

describe('a bullet\'s record with its lines set in', () => {
  // private-holdout71/insr-innbo-reise-leietaker: «• Ulykkesforsikring» over «  – Medisinsk invaliditet: kr 800 000» … «  – Premie: kr 684 per år»,
  // and «  – Forsikringssummen indeksreguleres ikke. …» between a record's figures
  it('items set in first, and a sentence between the figures, keep the bullet\'s record whole', () => {
    const p = parse(`${HEAD}Dine forsikringer:\n\n• Innboforsikring\n  – Forsikringssted: Elvegata 3, 3015 Drammen\n  – Forsikringssum: kr 500 000\n  – Forsikringssummen indeksreguleres ikke.\n  – Egenandel: kr 3 000\n  – Premie: kr 1 820 per år\n\n• Ulykkesforsikring\n  – Medisinsk invaliditet: kr 600 000\n  – Død: kr 150 000\n  – Premie: kr 720 per år\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium, c.index_class, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Innboforsikring', '500000', '3000', '1820', 'none', undefined],
      ['Ulykkesforsikring', undefined, undefined, '720', 'none', [['Medisinsk invaliditet', '600000'], ['Død', '150000']]],
    ]);
  });
  // private-holdout71/agria-dyreforsikring-hund: «* Veterinærforsikring Basis Pluss» over «  Maksimal erstatning per forsikringsår: 60 000 kr»
  it('a bullet over lines set in without bullets, a limit as its sum and two levels after its name', () => {
    const p = parse(`${HEAD}Dine forsikringer\n\n* Veterinærforsikring Basis Pluss\n  Maksimal erstatning per forsikringsår: 40 000 kr\n  Fast egenandel: 2 000 kr per skadetilfelle\n  I tillegg betaler du 20 % av resten.\n  Årspremie: 4 212 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible, c.premium])).toEqual([['Veterinærforsikring', 'Basis Pluss', '40000', '2000', '4212']]);
  });
});

describe('a portal\'s cards', () => {
  // private-holdout71/sparebank1-mine-forsikringer-web: «Reiseforsikring» / «Familie Verden» / «Pris per måned» / «220 kr» / «Pris per år» …
  it('a travel card\'s level, and the month\'s price first under a car\'s card', () => {
    const p = parse(`${HEAD}Mine forsikringer\n\nBilforsikring\nDelkasko\nToyota Yaris, EK 12345\nPris per måned\n410 kr\nPris per år\n4 920 kr\nEgenandel\n4 000 kr\nSe detaljer\n\nReiseforsikring\nEnkeltperson Europa\nPris per måned\n95 kr\nPris per år\n1 140 kr\nEgenandel\n500 kr\nSe detaljer\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Bilforsikring', 'Delkasko', 'Toyota Yaris, EK 12345', '4000', '4920'],
      ['Reiseforsikring', 'Enkeltperson Europa', undefined, '500', '1140'],
    ]);
  });
  // private-holdout74/insr-innbo-reise-nettside: «Reise» / «Dekning: Familie» / … / «Avbestilling» over «30 000 kr per person»
  it('a name over an amount under a travel or person card is its item', () => {
    const p = parse(`${HEAD}Mine forsikringer\n\nUlykke\nDekning: Standard\nEgenandel\n0 kr\nÅrspris\n960 kr\nMedisinsk invaliditet\n800 000 kr\nDødsfall\n100 000 kr\nSe vilkår\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.deductible, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Ulykke', 'Standard', '0', '960', [['Medisinsk invaliditet', '800000'], ['Dødsfall', '100000']]],
    ]);
  });
});

describe('a record\'s lines under a heading that names its street', () => {
  // private-holdout53/landkreditt-gardsforsikring-nynorsk: «Våningshus - Rudsvegen 40» / «Gnr 71 Bnr 4, 2943 Rogne» / «Einebustad i to etasjar, bygd 1958»
  it('the street after the dash and the lot under it are one place', () => {
    const p = parse(`${HEAD}Forsikringane\n------------------------------\nLåve - Nordbygdvegen 12\nGnr 5 Bnr 2, 2850 Lena\nLåve i tre, bygd 1961\nForsikringssum: kr 3 200 000     Eigendel: kr 10 000     Premie: kr 6 410\n------------------------------\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([['Låve', 'Nordbygdvegen 12, Gnr 5 Bnr 2, 2850 Lena', '3200000', 'Låve i tre, bygd 1961']]);
  });
  // private-holdout70/norsk-hussopp-forsikringsbevis: «  Garasje (frittliggende, 36 m²)» over «      Dekning: …» — facts in a bracket after a name
  it('a name with its facts in a bracket is still a record\'s name', () => {
    const p = parse(`${HEAD}Forsikringssum og egenandel\n  Bolighus\n      Dekning:          Sopp og insekt Pluss\n      Forsikringssum:   kr 1 200 000\n      Egenandel:        kr 8 000\n      Årspremie:        kr 1 980\n\n  Garasje (frittliggende, 30 m²)\n      Dekning:          Sopp og insekt Basis\n      Forsikringssum:   kr 200 000\n      Egenandel:        kr 8 000\n      Årspremie:        kr 360\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.premium])).toEqual([['Bolighus', 'Sopp og insekt Pluss', '1200000', '1980'], ['Garasje (frittliggende, 30 m²)', 'Sopp og insekt Basis', '200000', '360']]);
  });
});

describe('a record\'s line of fields whose sum is a word and a sentence of its own', () => {
  // private-holdout73/landkreditt-fornyelse-gardsforsikring, line 33: «Forsikringssum: Fullverdi. Egenandel 10 000 kr, årspremie 9 380 kr.»
  it('reads the deductible and the premium after the full stop, the sum a note', () => {
    const p = extractPolicy(textToSource('Avtalenummer: LKF 551 902 3\n\nDin forsikring\n\nVåningshus\nSandvoldvegen 120, 2420 Brandval\nForsikringssum: Fullverdi. Egenandel 10 000 kr, årspremie 9 380 kr.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([['Våningshus', 'Sandvoldvegen 120, 2420 Brandval', undefined, '10000', '9380']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a place field whose line took in the building\'s description', () => {
  // sparebank1-fornyelse-hytte-2026 as LibreOffice, groff and WeasyPrint set it: «Forsikringssted: Fjellvegen 221» /
  // «Gnr 63 Bnr 8, 9020 Tromsdalen» / «Hytte, byggeår 2009, 74 m²» on one line; tryg-naturskadepremie-varsel printed
  it('the address ends with its town; the description after it is the record\'s note, not part of the place', () => {
    const p = parse(`${HEAD}Hytteforsikring\nDekning: Topp\nForsikringssted: Fjellvegen 221, 9020 Tromsdalen Hytte, byggeår 2009, 74 m²\nForsikringssum: kr 3 850 000\nEgenandel: kr 8 000\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Hytteforsikring', object: 'Fjellvegen 221, 9020 Tromsdalen', note: 'Hytte, byggeår 2009, 74 m²', sum: '3850000' });
  });
  it('a town of two words keeps both («4616 Kristiansand S Enebolig, byggeår 1974»)', () => {
    const p = parse(`${HEAD}Husforsikring\nForsikringssted: Lyngveien 3, 4616 Kristiansand S Enebolig, byggeår 1974\nForsikringssum: kr 4 200 000\nEgenandel: 4 000 kr\n`);
    expect(p.coverages?.[0]).toMatchObject({ object: 'Lyngveien 3, 4616 Kristiansand S', note: 'Enebolig, byggeår 1974' });
  });
  // docs/frende-bevis-sted-med-bygning-pa-linjen-2026: «Forsikringssted:   Nordslettveien 9, 8616 Mo i Rana Enebolig, byggeår 1982, 2 etasjer»
  it('a town with «i» or «på» in it («8616 Mo i Rana Enebolig, …») keeps its words', () => {
    const p = parse(`${HEAD}Bolighus\nForsikringssted: Nordslettveien 9, 8616 Mo i Rana Enebolig, byggeår 1982, 2 etasjer\nForsikringssum: Fullverdi\nEgenandel: kr 6 000\nÅrspris: kr 11 238\n`);
    expect(p.coverages?.[0]).toMatchObject({ object: 'Nordslettveien 9, 8616 Mo i Rana', note: 'Enebolig, byggeår 1982, 2 etasjer; Fullverdi' });
  });
  it('a place whose town is followed by no building\'s fact is left as it stands', () => {
    const p = parse(`${HEAD}Bolighus\nForsikringssted: Storgata 4, 0155 Oslo Sentrum\nForsikringssum: kr 4 000 000\n`);
    expect(p.coverages?.[0]?.object).toBe('Storgata 4, 0155 Oslo Sentrum');
  });
});

describe('two places\' blocks above the records', () => {
  // hdi-naering-forsikringsbevis-tokolonne as groff and WeasyPrint set it: «Forsikringssted 1» and «Forsikringssted 2»
  // side by side, read one block after the other, then the records
  it('which record is at which place is not known: no record takes either, and a warning says so', () => {
    const p = parse(`${HEAD}Forsikringssted 1\nAdresse: Bryggen 22, 5003 Bergen\nBygning: Forretningsbygg, 5 etasjer\n\nForsikringssted 2\nAdresse: Kokstadvegen 40, 5257 Kokstad\nBygning: Lager/kontor, 2 etasjer\n\nBygning\nSum: NOK 118 000 000,-\nEgenandel: NOK 100 000,-\nPremie: NOK 94 400,-\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bygning', sum: '118000000', premium: '94400' });
    expect(p.coverages?.[0]?.object).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('two places stand above the records');
  });
  it('one place\'s block, its fields one a line, is the place of the records under it', () => {
    const p = parse(`${HEAD}Forsikringssted\nAdresse: Bryggen 22, 5003 Bergen\n\nBygning\nSum: NOK 118 000 000,-\nEgenandel: NOK 100 000,-\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bygning', object: 'Bryggen 22, 5003 Bergen' });
  });
});

describe('a portal card\'s lines under its title', () => {
  // docs/if-min-side-kort-niva-status-bilmodell-2026: «Innboforsikring» / «Pluss» / «Aktiv» / «Forsikringsnummer» / … and
  // «Bilforsikring» / «Volvo XC40 Recharge 2022» / «Forsikringsnummer» / …
  const fields = 'Forsikringsnummer\nSP 5520 4471\nForsikringssted\nNyveien 8, 3015 Drammen\nForsikringssum\n900 000 kr\nEgenandel\n4 000 kr\nPris per år\n2 712 kr\n';
  it('the level and the status together, either first: the card goes on, the level its coverage', () => {
    for (const lines of ['Pluss\nAktiv\n', 'Aktiv\nPluss\n']) {
      const p = parse(`Innboforsikring\n${lines}\n${fields}`);
      expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.premium])).toEqual([['Innboforsikring', 'Pluss', '900000', '2712']]);
    }
  });
  it('a car\'s make, model and year under its card\'s title: the card goes on', () => {
    const p = parse('Bilforsikring\nVolvo XC40 Recharge 2022\n\nForsikringsnummer\nSP 5520 4471\n\nDekning\nKasko\n\nEgenandel\n6 000 kr\n\nPris per år\n6 984 kr\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', '6000', '6984']]);
  });
});

describe('a vehicle\'s line: the model, a comma, then the plate with its label', () => {
  // a bank's renewal letter for its insurer: «Snøscooter» over «Lynx Rave RE 600R, reg.nr. TH 2231» and its fields
  const DOC = 'Forsikringene dine fra 1. juni 2026\n\nSnøscooter\nSki-Doo Skandic WT 600, reg.nr. TK 4410\n    Dekning:         Delkasko\n    Egenandel:       6 000 kroner\n    Årspris:         2 340 kroner\n';
  it('is the object as written, the model with the plate', () => {
    expect(parse(DOC).coverages?.[0]?.object).toBe('Ski-Doo Skandic WT 600, reg.nr. TK 4410');
  });
});

describe('records of labelled fields named by «Objekt»', () => {
  // private-holdout79/sparebank1-forsikringsbevis-hytte-nynorsk: «Objekt» / «Hytte» / «Forsikringsstad» / «Fjellstølvegen 12» /
  // «Gnr 45 Bnr 8, 3580 Geilo» / «Skildring» / «Laftehytte, byggeår 1994, 96 m²» / «Forsikringssum» / «kr 2 850 000» / …
  const CARD = 'Objekt\nHytte\nForsikringsstad\nFjellstølvegen 12\nGnr 45 Bnr 8, 3580 Geilo\nSkildring\nLaftehytte, byggeår 1994, 96 m²\nForsikringssum\nkr 2 850 000\nEigenandel\nkr 8 000\nPris per år\nkr 5 946\n\nObjekt\nInnbu i hytta\nForsikringsstad\nFjellstølvegen 12\nGnr 45 Bnr 8, 3580 Geilo\nForsikringssum\n250 000\nEigenandel\n4 000\nPris per år\n1 034\n';
  // (under a title naming one insurance, «Forsikringsbevis – Hytteforsikring», each record's name is that insurance's cover)
  it('one label a line: each «Objekt» a record, its place and its description read by their labels', () => {
    const p = parse(`${HEAD}Forsikringsbevis – Hytteforsikring\n\n${CARD}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium, c.note])).toEqual([
      ['Hytteforsikring', 'Hytte', 'Fjellstølvegen 12, Gnr 45 Bnr 8, 3580 Geilo', '2850000', '8000', '5946', 'Laftehytte, byggeår 1994, 96 m²'],
      ['Hytteforsikring', 'Innbu i hytta', 'Fjellstølvegen 12, Gnr 45 Bnr 8, 3580 Geilo', '250000', '4000', '1034', undefined],
    ]);
  });
  it('«Objekt: Hytte» over «Forsikringsstad: …», and the same set as two cells', () => {
    const colon = 'Objekt: Anneks\nForsikringsstad: Fjellstølvegen 12, 3580 Geilo\nSkildring: Anneks/uthus, 18 m²\nForsikringssum: kr 320 000\nEigenandel: kr 8 000\nPris per år: kr 712\n';
    const cells = 'Objekt            Anneks\nForsikringsstad   Fjellstølvegen 12, 3580 Geilo\nSkildring         Anneks/uthus, 18 m²\nForsikringssum    kr 320 000\nEigenandel        kr 8 000\nPris per år       kr 712\n';
    for (const doc of [colon, cells]) {
      const p = parse(`${HEAD}Forsikringsbevis – Hytteforsikring\n\n${doc}`);
      expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium, c.note])).toEqual([
        ['Hytteforsikring', 'Anneks', 'Fjellstølvegen 12, 3580 Geilo', '320000', '8000', '712', 'Anneks/uthus, 18 m²'],
      ]);
    }
  });
  it('«Objekt: …» with its place in it and no place field under it stays the record\'s object', () => {
    const p = parse(`${HEAD}Næringsbygg\nObjekt: Lyngdal ungdomsskole, Skolegata 9, 4580 Lyngdal\nForsikringssum: kr 48 000 000\nEgenandel: kr 20 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Næringsbygg', 'Lyngdal ungdomsskole, Skolegata 9, 4580 Lyngdal']]);
  });
  it('«Objekt» over a name with no figure\'s label under the record is no record', () => {
    const p = parse(`${HEAD}Objekt\nHytte\nForsikringsstad\nFjellstølvegen 12, 3580 Geilo\n\nVilkår: HYT-2025\n`);
    expect(p.coverages ?? []).toEqual([]);
  });
  // private-holdout82/norsk-hussopp-bolig-forsikringsbevis: «• Bolighus (enebolig, 2 etasjer med kjeller, byggeår 1958)» over «  Dekning: …»
  it('a bullet\'s name with the building\'s facts in a bracket names its record', () => {
    const p = parse(`${HEAD}FORSIKRINGSBEVIS\n\n• Bolighus (enebolig, 2 etasjer med kjeller, byggeår 1958)\n  Dekning: Sopp og råte\n  Forsikringssum: kr 3 900 000\n  Egenandel: kr 15 000\n  Årspremie: kr 2 845\n\n• Garasje/uthus (byggeår 1980)\n  Forsikringssum: kr 420 000\n  Egenandel: kr 15 000\n  Årspremie: kr 390\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Bolighus', '3900000', '15000', '2845'], ['Garasje/uthus', '420000', '15000', '390']]);
  });
});

describe('a record named by its product and, after a dash, its place or vehicle', () => {
  // 81/fremtind-endringer-egenandel-privat: «Hus - Kirkebakken 3, 7600 Levanger», «Innbo - …», «Bil - Toyota RAV4, ZE 48213»
  // under the letter's last heading «Innbo»
  const DOC = [
    'Forsikringsnummer: 4410 2277',
    '',
    'Endringer ved fornyelse',
    '',
    'Hus',
    'Egenandelen for vannskade endres fra kr 10 000 til kr 12 000.',
    '',
    'Innbo',
    'Blir en sykkel stjålet uten lås, er egenandelen 20 % av erstatningen.',
    '',
    'Dette har du hos oss fra 1. mars 2026:',
    '',
    'Hus - Fjordgata 8, 6900 Florø',
    '  Forsikringssum: Fullverdi',
    '  Egenandel: kr 12 000',
    '  Pris per år: kr 9 870',
    '',
    'Innbo - Fjordgata 8, 6900 Florø',
    '  Forsikringssum: kr 650 000',
    '  Egenandel: kr 4 000',
    '  Pris per år: kr 2 110',
    '',
    'Bil - Skoda Enyaq, EV 20418',
    '  Dekning: Kasko',
    '  Egenandel: kr 6 000',
    '  Pris per år: kr 7 230',
    '',
  ].join('\n');

  it('each record is the product before its dash, at the place or vehicle after it — never the heading\'s object', () => {
    expect(parse(DOC).coverages?.map((c) => [c.product, c.object, c.sum ?? null, c.premium])).toEqual([
      ['Hus', 'Fjordgata 8, 6900 Florø', null, '9870'],
      ['Innbo', 'Fjordgata 8, 6900 Florø', '650000', '2110'],
      ['Bil', 'Skoda Enyaq, EV 20418', null, '7230'],
    ]);
  });
});

describe('letters14: a letter\'s schedule of records named «product - place»', () => {
  // a renewal letter: «Hus - Kirkebakken 3, 7600 Levanger» / «  Forsikringssum: Fullverdi» / … then «Innbo - …», «Bil - Toyota RAV4, ZE 48213»,
  // under the changes' product heading «Innbo»
  it('each name line is its own record: the product before the dash, the place or vehicle after it', () => {
    const p = parse(`Endringer ved fornyelse\n\nInnbo\nBlir en sykkel stjålet uten at den var låst, er egenandelen 25 % av\nerstatningen.\n\nDette har dere hos oss fra 1. desember 2025:\n\nHus - Kirkebakken 3, 7600 Levanger\n  Forsikringssum: Fullverdi\n  Egenandel: kr 8 000\n  Pris per år: kr 11 304\n\nInnbo - Kirkebakken 3, 7600 Levanger\n  Forsikringssum: kr 900 000\n  Egenandel: kr 4 000\n  Pris per år: kr 2 988\n\nBil - Toyota RAV4, ZE 48213\n  Dekning: Kasko\n  Egenandel: kr 8 000\n  Pris per år: kr 8 460\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hus', 'Kirkebakken 3, 7600 Levanger', undefined, '8000', '11304'],
      ['Innbo', 'Kirkebakken 3, 7600 Levanger', '900000', '4000', '2988'],
      ['Bil', 'Toyota RAV4, ZE 48213', undefined, '8000', '8460'],
    ]);
  });
  // a forwarded letter: «Bustadhus, Tveitavegen 120, 5600 Norheimsund» over «   Fullverdi | egenandel 8.000 | pris 12.480 kr/år»
  it('a line of fields whose first cell is the sum\'s form alone («Fullverdi») is read as one with its label', () => {
    const p = parse(`${HEAD}Dette har du hjå oss frå 01.12.2025\n\nBustadhus, Tveitavegen 120, 5600 Norheimsund\n   Fullverdi | egenandel 8.000 | pris 12.480 kr/år\nInnbu, Tveitavegen 120, 5600 Norheimsund\n   Forsikringssum 1.100.000 | egenandel 4.000 | pris 3.276 kr/år\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium, c.note])).toEqual([
      ['Bustadhus', 'Tveitavegen 120, 5600 Norheimsund', undefined, '8000', '12480', 'Fullverdi'],
      ['Innbu', 'Tveitavegen 120, 5600 Norheimsund', '1100000', '4000', '3276', undefined],
    ]);
  });
});

describe('a year\'s sum, then the new sum from a date', () => {
  // 85/jbf-indeksregulering-medlem-2026: «Forsikringssum i 2025: 900 000 kr» / «Ny forsikringssum fra 1. januar 2026: 927 000 kr»
  it('the new sum is the schedule\'s', () => {
    const text = ['• Innboforsikring, Vestvegen 9, 2318 Hamar', '  Forsikringssum i 2026: 650 000 kr', '  Ny forsikringssum fra 1. januar 2027: 668 000 kr', '  Egenandel: 4 000 kr', ''].join('\n');
    const c = parse(text).coverages;
    expect(c?.length).toBe(1);
    expect(c?.[0]?.sum).toBe('668000');
  });
});

describe('a farm certificate\'s numbered places and the covers set in under them', () => {
  // private-holdout84/gjensidige-landbruk-forsikringsbevis (and docs/landkreditt-gardsbevis-forsikringssted-gardsnavn-gnr-2027):
  // «Forsikringssted 1» / «Nordre Lien» / «Gnr 112 Bnr 7, 7520 Hegra», then «  Driftstilbehør» / «  Maskiner, redskap og inventar»
  // over «    Dekning   Pluss» and its figures, «  Avling og innhøstet fôr» over «    Dekning   Brann og naturskade»
  const DOC = `${HEAD}Forsikringssted 1\nNordre Lien\nGnr 112 Bnr 7, 7520 Hegra\n\n  Driftstilbehør\n  Maskiner, redskap og inventar\n    Dekning              Pluss\n    Forsikringssum       kr 3 150 000\n    Egenandel            kr 10 000\n    Pris                 kr 6 930\n\n  Avling og innhøstet fôr\n    Dekning              Brann og naturskade\n    Forsikringssum       Førsterisiko kr 600 000\n    Egenandel            kr 10 000\n    Pris                 kr 1 140\n\nForsikringssted 2\nSørbakken\nGnr 114 Bnr 2, 7520 Hegra\n\n  Driftsbygning\n  Sauefjøs, byggeår 1996, 410 m2\n    Dekning              Standard\n    Forsikringssum       kr 2 760 000\n    Egenandel            kr 20 000\n    Pris                 kr 6 210\n`;
  it('the farm\'s name over its lot and postcode is the place; a product over a list of its things keeps its name; a name over its cover level is the record\'s', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.premium])).toEqual([
      ['Driftstilbehør', 'Nordre Lien, Gnr 112 Bnr 7, 7520 Hegra', 'Pluss', '3150000', '6930'],
      ['Avling og innhøstet fôr', 'Nordre Lien, Gnr 112 Bnr 7, 7520 Hegra', 'Brann og naturskade', { first_risk: '600000' }, '1140'],
      ['Driftsbygning', 'Sørbakken, Gnr 114 Bnr 2, 7520 Hegra', 'Standard', '2760000', '6210'],
    ]);
    expect(p.coverages?.[0]?.note).toBe('Maskiner, redskap og inventar');
  });
  it('a section heading in capitals over its product is no name with a note', () => {
    const p = parse(`${HEAD}ANSVAR\n  Bedrifts- og produktansvar\n     Forsikringssum ......... NOK 10 000 000,-\n     Årspremie .............. NOK 5 470,-\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bedrifts- og produktansvar']);
  });
});

describe('a vehicle title\'s blocks, each under a heading that names its own product', () => {
  // private-holdout83/frende-batforsikring-nynorsk: «FORSIKRINGSBEVIS – BÅT» over «BÅTFORSIKRING» / «Dekning: Kasko» /
  // «Fartøy: Askeladden 580 Weekend» / «Registreringsnummer: KDA 442 (Småbåtregisteret)» / «Forsikringssum båt med motor og
  // fast utstyr: kr 385 000» …, then «BÅTHENGAR» / «Hengar: Brenderup 2600 S, reg.nr. JP 3309» and its figures
  const BOAT = 'FORSIKRINGSBEVIS – BÅT\n\nForsikringsnummer: 3104 5521\n\nBÅTFORSIKRING\nDekning:             Kasko\nFartøy:              Askeladden 580 Weekend\nRegistreringsnummer: KDA 442 (Småbåtregisteret)\nByggeår:             2020\n\nForsikringssum båt med motor og fast utstyr:   kr 385 000\nEigenandel:                                    kr 5 000\nÅrspremie:                                     kr 3 874\n\nBÅTHENGAR\nHengar:              Brenderup 2600 S, reg.nr. JP 3309\nForsikringssum:                                kr 28 000\nEigenandel:                                    kr 3 000\nÅrspremie:                                     kr 412\n';
  it('each heading is its block\'s product, with the boat by its model and the sum whose label says what it comprises', () => {
    const p = parse(BOAT);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Båtforsikring', 'Askeladden 580 Weekend', 'Kasko', '385000', '5000', '3874'],
      ['Båthengar', 'Brenderup 2600 S, reg.nr. JP 3309', undefined, '28000', '3000', '412'],
    ]);
  });
  it('the thing\'s parts listed after a comma («Forsikringssum båt, motor og fastmontert utstyr:») label the block\'s sum as «med …» does', () => {
    const p = parse(BOAT.replace('Forsikringssum båt med motor og fast utstyr:   kr 385 000', 'Forsikringssum båt, motor og fastmontert utstyr: kr 385 000'));
    expect(p.coverages?.[0]?.sum).toBe('385000');
  });
  // test/corpus/docs/frende-bilbevis-forsikring-under-bil-2027: «Forsikringsbevis – Bilforsikring» over «Bil» — the title's own thing
  it('the title\'s own thing or the word for a vehicle at all keeps the title\'s product', () => {
    const p = parse('Forsikringsbevis – Bilforsikring\n\nPolisenummer: FR-2207815\n\nBil\nRegistreringsnummer: EV 61204\nMerke og modell: Skoda Enyaq 85\n\nForsikring\nDekning: Kasko\nEgenandel: 6 000 kr\nPris: 8 316 kr per år\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bilforsikring']);
  });
});

describe('a record\'s deductible for one peril, and its place without the comma', () => {
  // unseen 84/frende-borettslag-forsikringsbevis (PDF): «Egenandel vannskade   NOK 20 000,-» under the building's
  // «Egenandel   NOK 10 000,-», over its «Årspremie   NOK 164 250,-»; the place «Solslettveien 2-8 4020 Stavanger» on one line
  it('the peril\'s deductible ends no record, and the premium under it stays the record\'s', () => {
    const p = parse(`${HEAD}BYGNING\nForsikringssted    Solslettveien 2-8 4020 Stavanger\nByggeår    1972\nForsikringsform    Fullverdi\nPremiegrunnlag    NOK 182 500 000,-\nEgenandel    NOK 10 000,-\nEgenandel vannskade    NOK 20 000,-\nÅrspremie    NOK 164 250,-\nForsikringssted    Solslettveien 10 4020 Stavanger\nByggeår    1974\nForsikringsform    Fullverdi\nPremiegrunnlag    NOK 6 400 000,-\nEgenandel    NOK 10 000,-\nÅrspremie    NOK 5 760,-\n`);
    expect(p.coverages?.map((c) => [c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Solslettveien 2-8, 4020 Stavanger', '182500000', '10000', '164250'],
      ['Solslettveien 10, 4020 Stavanger', '6400000', '10000', '5760'],
    ]);
    expect(p.warnings.some((w) => /line with amounts was not read/.test(w))).toBe(true);
  });
});

describe('a «Min side» page of one product: «Hva er forsikret?» over the kind of thing and its place', () => {
  // «Hytteforsikring» / «Ekstra» / … / «Hva er forsikret?» / «Fritidsbolig» / «Kvernhusvegen 27» / «Gnr. 19 Bnr. 44, 2640 Vinstra»
  const page =
    'Mine forsikringer  >  Husforsikring\n\nHusforsikring\nStandard\nForsikringsnummer 7731004412\n\nHva er forsikret?\nEnebolig\nLerkeveien 4, 1415 Oppegård\n\n' +
    'Forsikringssum\nFullverdi\n\nEgenandel\n8 000 kr\n\nPris\n11 240 kr per år\n';
  it('the page\'s heading is the product, the name under the question no product, the place its object', () => {
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Husforsikring', 'Standard', 'Lerkeveien 4, 1415 Oppegård', '8000', '11240']]);
  });
});

describe('another year\'s figure in brackets after a field\'s amount, named by its year', () => {
  // a broker's renewal e-mail: «Bedriftsansvar» / «Forsikringssum: NOK 20 000 000» / «Premie: NOK 96 400 (2025: NOK 88 100)»
  it('the amount outside the bracket is the field\'s; the year\'s figure in it is a comparison', () => {
    const p = parse(`${HEAD}Bedriftsansvar\nForsikringssum: NOK 20 000 000\nEgenandel: NOK 25 000\nPremie: NOK 96 400 (2025: NOK 88 100)\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Bedriftsansvar', '20000000', '25000', '96400']]);
    expect(p.warnings ?? []).toEqual([]);
  });
});

describe('a housing co-operative\'s web page: «Hva er forsikret» over records of a name line and lines set in', () => {
  // «Bygning - Solbakkveien 2, 3550 Gol» / «  Boligblokk, 18 leiligheter, byggeår 1979» / «  Forsikringssum: …»
  const page = [
    'Boligselskapsforsikring',
    'Avtalenr: 55120044',
    '',
    'Hva er forsikret',
    '',
    'Bygning - Furuvegen 1, 2815 Gjøvik',
    '  Rekkehus, 6 boliger, byggeår 1991',
    '  Forsikringssum: Fullverdi (premiegrunnlag 21 300 000 kr)',
    '  Egenandel: 10 000 kr',
    '  Pris: 24 800 kr',
    '',
    'Bygning - Furuvegen 3, 2815 Gjøvik',
    '  Carport, 12 plasser',
    '  Forsikringssum: Fullverdi (premiegrunnlag 1 950 000 kr)',
    '  Egenandel: 10 000 kr',
    '  Pris: 2 300 kr',
    '',
  ].join('\n');
  it('the heading is no label of the first name line; each building\'s description is its record\'s, no product', () => {
    const p = parse(page);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Furuvegen 1, 2815 Gjøvik', '10000', '24800'],
      ['Bygning', 'Furuvegen 3, 2815 Gjøvik', '10000', '2300'],
    ]);
  });
});

describe('a unit\'s field, asked by every reader', () => {
  // «Forsikringssum: kr 1 500 000» is asked of by the field blocks, the G text, the tables and the changes reader: worked out once
  it('is the same answer asked again; a changed copy of the unit is asked anew', () => {
    const units = buildUnits(textToSource('Forsikringssum: kr 1 500 000\nEgenandel   kr 10 000\n', 'doc.txt', '0'.repeat(64)).lines);
    const first = fieldOf(units[0]!);
    expect(first).toEqual({ col: 'sum', value: 'kr 1 500 000' });
    expect(fieldOf(units[0]!)).toBe(first);
    expect(fieldOf(units[1]!)).toEqual({ col: 'deductible', value: 'kr 10 000' });
    expect(fieldOf({ ...units[0]!, label: undefined, row: false, text: 'Premie kr 2 000', lower: 'premie kr 2 000' })).toEqual({ col: 'premium', value: 'kr 2 000' });
  });
});

describe('a letter\'s overview: each product and its place on one line, its figures labelled on the line under it', () => {
  // private-holdout93: a broker's e-mail forwarding the insurer's renewal, «Oversikt etter fornyelse:» over
  // «Næringsbygg - Bygning       Industriveien 6, 1540 Vestby» / «   Forsikringssum kr 14 300 000   Egenandel kr 20 000   Premie kr 21 870»
  it('reads the name, the place and the figures; a name of two products is the product and its cover', () => {
    const p = parse(`${HEAD}Oversikt etter fornyelse:\n\n Næringsbygg - Bygning       Industriveien 6, 1540 Vestby\n    Forsikringssum kr 14 300 000   Egenandel kr 20 000   Premie kr 21 870\n Maskin og løsøre            Industriveien 6, 1540 Vestby\n    Forsikringssum kr 3 200 000    Egenandel kr 15 000   Premie kr 6 940\n Bedriftsansvar\n    Forsikringssum kr 10 000 000   Egenandel kr 10 000   Premie kr 8 115\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Næringsbygg', 'Bygning', 'Industriveien 6, 1540 Vestby', '14300000', '20000', '21870'],
      ['Maskin og løsøre', undefined, 'Industriveien 6, 1540 Vestby', '3200000', '15000', '6940'],
      ['Bedriftsansvar', undefined, undefined, '10000000', '10000', '8115'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // nynorsk, the figures set apart by middle dots under the place, the place wrapped at its comma:
  // «Fritidshus   Blåbærstien 5, Gnr 45 Bnr 12,» / «             6143 Fiskå» / «             Fullverdi · eigenandel 6 000 kr · premie 5 322 kr»
  it('reads figures set apart by middle dots, and a place wrapped at its comma', () => {
    const p = parse(`${HEAD}Oversikt over forsikringane dine\n  Innbu              Heggøyvegen 88, 6090 Fosnavåg\n                     Forsikringssum 1 100 000 kr · eigenandel 4 000 kr · premie 2 610 kr\n  Fritidshus         Blåbærstien 5, Gnr 45 Bnr 12,\n                     6143 Fiskå\n                     Fullverdi · eigenandel 6 000 kr · premie 5 322 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Innbu', 'Heggøyvegen 88, 6090 Fosnavåg', '1100000', '4000', '2610'],
      ['Fritidshus', 'Blåbærstien 5, Gnr 45 Bnr 12, 6143 Fiskå', undefined, '6000', '5322'],
    ]);
  });
});

describe('a part\'s limit with its own deductible after it', () => {
  it('«- Telt og utstyr: inntil kr 40 000, egenandel kr 1 500» among a vehicle record\'s fields: an item with both', () => {
    const p = parse(
      'Polise nr: 4410 2290\n\nForsikringene dine:\n\n• Bobil – Kasko\n    - Objekt: Adria Matrix 2019, DN 44120\n    - Forsikringssum: kr 540 000\n' +
        '    - Egenandel: kr 6 000\n    - Årspremie: kr 7 210\n    - Telt og utstyr: inntil kr 40 000, egenandel kr 1 500\n',
    );
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Telt og utstyr', sum: '40000', deductible: '1500' }]);
  });
});

describe('a place called «Sted 1» over its records', () => {
  // «STED 1: Bryggen 17, 5003 Bergen (restaurant, …)» over «Produkt ....... Inventar» and its fields: the records' place
  it('«STED 1:» and «STED 2:» are the places of the records under them, without what the premises are used for', () => {
    const p = parse(
      `${HEAD}STED 1: Torget 3, 6002 Ålesund (kafé i 1. etasje)\n` +
        '  Produkt ............... Inventar og maskiner\n  Forsikringssum ........ kr 1 200 000\n  Egenandel ............. kr 10 000\n  Pris .................. kr 3 410\n\n' +
        'STED 2: Moaveien 20, 6018 Ålesund (bakeri)\n' +
        '  Produkt ............... Varer\n  Forsikringssum ........ kr 400 000\n  Egenandel ............. kr 10 000\n  Pris .................. kr 1 190\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Inventar og maskiner', 'Torget 3, 6002 Ålesund', '1200000'],
      ['Varer', 'Moaveien 20, 6018 Ålesund', '400000'],
    ]);
  });
});

describe('a certificate\'s record blocks with dot leaders', () => {
  // private-holdout112/codan-sameie-forsikringsbevis: «Objekt 1» over «Forsikringssted ..... Løvåsveien 40, 5145 Fyllingsdalen»,
  // «Bygning ..... Boligblokk, 24 seksjoner, byggeår 1979», «Forsikringsform ..... Fullverdi», «Forsikringssum ...... 78 600 000»
  const block = (n: number, place: string, line2: string, facts: string, sum: string, ded: string, prem: string): string =>
    `Objekt ${n}\nForsikringssted ..... ${place}\n${line2}\n${facts}Forsikringssum ...... ${sum}\nEgenandel ........... ${ded}\nPremie .............. ${prem}\n\n`;
  it('the sum\'s form and the building\'s facts between its description and its figures do not end the record', () => {
    const p = parse(
      `${HEAD}${block(1, 'Gneisveien 8, 1412 Sofiemyr', 'Bygning ............. Rekkehus, 6 seksjoner', 'Byggeår ............. 1992\nForsikringsform ..... Fullverdi\n', '21 400 000', '10 000', '18 230')}`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium, c.note])).toEqual([['Bygning', 'Gneisveien 8, 1412 Sofiemyr', '21400000', '10000', '18230', 'Rekkehus, 6 seksjoner']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Dekning ..... Felles løsøre» under the place names the record; «150 000 (førsterisiko)» is a first-risk sum', () => {
    const p = parse(`${HEAD}${block(2, 'Gneisveien 8-12, 1412 Sofiemyr', 'Dekning ............. Fellesinnbo', '', '200 000 (førsterisiko)', '4 000', '610')}`);
    expect(p.coverages).toEqual([{ product: 'Fellesinnbo', object: 'Gneisveien 8-12, 1412 Sofiemyr', index_class: 'innbo', sum: { first_risk: '200000' }, deductible: '4000', premium: '610' }]);
  });
  it('«Dekning ..... Pluss» under the place is the cover level, no product', () => {
    const p = parse(`${HEAD}${block(3, 'Gneisveien 8, 1412 Sofiemyr', 'Dekning ............. Pluss', '', '21 400 000', '10 000', '18 230')}`);
    expect((p.coverages ?? []).map((c) => c.product)).not.toContain('Pluss');
  });
  // «Ulykke dugnad og styrearbeid» over «Forsikringssum ...... 3 G ved medisinsk invaliditet, 1 G ved død», «Premie .... Inkludert»
  it('a sum of G per event is the cover\'s items; «Premie: Inkludert» is no premium and no warning', () => {
    const p = parse(`${HEAD}Dugnadsulykke\nForsikringssum ...... 4 G ved medisinsk invaliditet, 1 G ved død\nPremie .............. Inkludert\n`);
    expect(p.coverages).toEqual([
      { product: 'Dugnadsulykke', index_class: 'none', note: 'Premie inkludert', items: [{ name: 'Medisinsk invaliditet', sum: { g: '4' } }, { name: 'Død', sum: { g: '1' } }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Forsikringssum: Etter regning» is no sum and no warning; «Egenandel ..... Ingen» is 0', () => {
    const p = parse(`${HEAD}Rettshjelp\nForsikringssum ...... Etter regning\nEgenandel ........... Ingen\nPremie .............. 1 250\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium, c.note])).toEqual([['Rettshjelp', undefined, '0', '1250', 'Etter regning']]);
    expect(p.warnings).toEqual([]);
  });
  // e-posten fra Eika: «Pris:            3 264 kr per år, fordelt på 12 måneder»
  it('a year\'s price with how it is paid after a comma is the premium', () => {
    const p = parse(`${HEAD}Forsikring:      Tilhenger Kasko\nTilhenger:       Brenderup 1205S, TH 4410\nForsikringssum:  38 000 kr\nEgenandel:       2 000 kr\nPris:            1 140 kr per år, fordelt på 12 måneder\n`);
    expect(p.coverages?.[0]?.premium).toBe('1140');
  });
});

describe('a field written as a sentence, its full stop after the amount', () => {
  // test/corpus/docs/tryg-fornyelse-gard-ansvar-setning-2027: «Gardsansvar» over «Forsikringssum kr 8.000.000,- per
  // skadetilfelle.» over «Årspremie kr 2.410,-.» — the letter's premium line ends its sentence
  it('«Årspremie kr 2.410,-.» is the premium of the product above', () => {
    const p = extractPolicy(textToSource('Forsikringsnummer 55501234\n\nGardsansvar\nForsikringssum kr 8.000.000,- per skadetilfelle.\nÅrspremie kr 2.410,-.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([['Gardsansvar', '8000000', '2410']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Årspremie kr 2 410.», spaces for thousands and no «,-», the same', () => {
    const p = extractPolicy(textToSource('Forsikringsnummer 55501234\n\nGardsansvar\nForsikringssum kr 8.000.000,- per skadetilfelle.\nÅrspremie kr 2 410.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.[0]?.premium).toBe('2410');
  });
});

describe('a record whose sum field says the index does not adjust it', () => {
  it('«Forsikringssum: kr 900 000,- (fast sum, indeksreguleres ikke)» is the record’s sum, its class none, its place kept', () => {
    // (a congregation's certificate: «Forsikring: Orgel» / «Forsikringssted: …» / «Forsikringssum: kr …,- (fast sum, …)»)
    const p = parse(
      'Forsikringsbevis nr. M-5521\n\n' +
        'Forsikring:       Inventar og løsøre\nForsikringssted:  Bedehusveien 2, 6900 Florø\nForsikringssum:   kr 640 000,-\nEgenandel:        kr 6 000,-\nPris:             kr 1 220,-\n\n' +
        'Forsikring:       Flygel\nForsikringssted:  Bedehusveien 2, 6900 Florø\nForsikringssum:   kr 450 000,- (fast sum, indeksreguleres ikke)\nEgenandel:        kr 4 000,-\nPris:             kr 870,-\n',
    );
    expect(p.coverages?.[1]).toMatchObject({ product: 'Flygel', object: 'Bedehusveien 2, 6900 Florø', index_class: 'none', sum: '450000', deductible: '4000', premium: '870' });
    expect(p.coverages?.[0]?.index_class).toBe('maskin_losore');
  });
});

describe('a housing co-operative\'s certificate: each bullet over its dashes set in is one record', () => {
  // «• Bygning – Fullverdi» over «  – Forsikringssted: …», a dash that describes the buildings, then the labelled figures; a cover
  // paid as documented whose only figure is «Egenandel: Ingen»
  const doc = [
    'FORSIKRINGSBEVIS BOLIGSELSKAP',
    '',
    'Polisenummer: 7 310 884',
    '',
    '• Bygning – Fullverdi',
    '    – Forsikringssted: Solhaugveien 3–9, 4017 Stavanger',
    '    – 2 lavblokker, 36 seksjoner, byggeår 1988',
    '    – Forsikringssum: kr 64 200 000,-',
    '    – Egenandel: kr 15 000,-',
    '    – Årspremie: kr 71 460,-',
    '',
    '• Maskiner og utstyr – Førsterisiko',
    '    – Forsikringssted: Solhaugveien 3–9, 4017 Stavanger',
    '    – Plentraktor, verktøy og felles sykkelverksted',
    '    – Forsikringssum: kr 250 000,- (førsterisiko)',
    '    – Egenandel: kr 15 000,-',
    '    – Årspremie: kr 1 640,-',
    '',
    '• Husleietap',
    '    – Dekkes etter regning i inntil 12 måneder etter en skade',
    '    – Egenandel: Ingen',
    '    – Årspremie: inkludert i Bygning',
    '',
  ].join('\n');
  it('the sums\' form after the dash is no part of the name, the describing dash is the note, «Egenandel: Ingen» begins a record', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium, c.note])).toEqual([
      ['Bygning', 'Solhaugveien 3–9, 4017 Stavanger', '15000', '71460', '2 lavblokker, 36 seksjoner, byggeår 1988'],
      ['Maskiner og utstyr', 'Solhaugveien 3–9, 4017 Stavanger', '15000', '1640', 'Plentraktor, verktøy og felles sykkelverksted'],
      ['Husleietap', undefined, '0', undefined, expect.any(String)],
    ]);
    expect(p.coverages?.[1]?.sum).toEqual({ first_risk: '250000' });
  });
});

describe('a private record whose «Produkt:» field names the insurance', () => {
  // docs/gjensidige-epost-tilhenger-to-dekninger-parentes-2027: «Kjøretøy: Brenderup 2260 S, ZT 9182» over «(båthenger,
  // årsmodell 2021, totalvekt 1 300 kg)», then «Dekning: Kasko» and «Dekning: Utstyr på hengeren» with their own figures
  const mail = [
    'Produkt: Tilhengerforsikring',
    'Forsikringsnummer: 77-4410982',
    'Kjøretøy: Brenderup 2260 S, ZT 9182',
    '(båthenger, årsmodell 2021, totalvekt 1 300 kg)',
    '',
    'Dekning: Kasko',
    'Forsikringssum: 42 000 kr',
    'Egenandel: 3 000 kr',
    '',
    'Dekning: Utstyr på hengeren',
    'Forsikringssum: 8 000 kr',
    'Egenandel: 3 000 kr',
    '',
  ].join('\n');
  it('a bracket on the line under the vehicle describes it: no part of the object', () => {
    expect(parse(mail).coverages?.[0]?.object).toBe('Brenderup 2260 S, ZT 9182');
  });
  it('each «Dekning» is a cover of the product, with the record\'s vehicle as its object', () => {
    expect(parse(mail).coverages?.map((c) => [c.product, c.coverage, c.object, c.sum])).toEqual([
      ['Tilhengerforsikring', 'Kasko', 'Brenderup 2260 S, ZT 9182', '42000'],
      ['Tilhengerforsikring', 'Utstyr på hengeren', 'Brenderup 2260 S, ZT 9182', '8000'],
    ]);
  });
  it('a bracket on the field\'s own line stays the document\'s way of writing the vehicle', () => {
    const p = parse('Produkt: Bilforsikring\nKjøretøy: Volvo V60 (D4), EL 12345\nDekning: Kasko\nEgenandel: 6 000 kr\nPremie: 7 200 kr\n');
    expect(p.coverages?.[0]?.object).toBe('Volvo V60 (D4), EL 12345');
  });
});

describe('a certificate\'s bullet fields under a product heading and its period line', () => {
  // docs/frende-forsikringsbevis-innbo-punktfelter-periode-2027: «Innboforsikring» / «Forsikringsperiode 1. februar 2027 – …»
  // (no colon) / «Forsikringen omfatter:» / « • Forsikringssum innbo og løsøre: kr 600 000»
  it('the period line ends no product, and a sum named by a pair of things is the block\'s', () => {
    const p = parse([
      'Innboforsikring',
      'Forsikringsnummer: 3301-882-14',
      'Forsikringsperiode 1. februar 2027 – 31. januar 2028',
      '',
      'Forsikringen omfatter:',
      ' • Dekning: Standard',
      ' • Forsikringssted: Strandgata 8 B, 5013 Bergen',
      ' • Forsikringssum innbo og løsøre: kr 600 000',
      ' • Egenandel: kr 4 000',
      ' • Årspremie: kr 1 980',
      '',
    ].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([['Innboforsikring', 'Standard', 'Strandgata 8 B, 5013 Bergen', '600000', '4000', '1980']]);
  });
});
