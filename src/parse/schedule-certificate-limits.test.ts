import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { spacedColonClosed, textToSource } from './text.js';

// Business certificates whose schedules were lost: a liability certificate's covers with a limit per claim and one for
// the year (src/parse/schedule-overview.ts limitColumns), its product on the line under a bare «FORSIKRINGSBEVIS»
// (src/parse/schedule-tables.ts productUnderTitle), and a fleet's records whose labels are padded to their colons
// (src/parse/text.ts spacedColonClosed).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy) => p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium]);

describe('a liability certificate: a limit per claim and one for the year', () => {
  const head = 'Nordvik Forsikring ASA\n\n                 FORSIKRINGSBEVIS\n          Ansvarsforsikring – Bygg og anlegg\n\nPolisenr.:   AN-2210-448\n\n';
  const table =
    'Dekning                        Per skadetilfelle    Samlet per år    Egenandel\n' +
    'Bedriftsansvar                 10 MNOK              20 MNOK          20 000\n' +
    'Produktansvar                  10 MNOK              10 MNOK          50 000\n' +
    'Rettshjelp                     Etter regning        Etter regning    10 000\n';
  it('«Per skadetilfelle» is each cover\'s sum, the year\'s column none; the covers are the title\'s product\'s', () => {
    expect(rows(parse(`${head}${table}`))).toEqual([
      ['Ansvarsforsikring – Bygg og anlegg', 'Bedriftsansvar', undefined, '10000000', '20000', undefined],
      ['Ansvarsforsikring – Bygg og anlegg', 'Produktansvar', undefined, '10000000', '50000', undefined],
      ['Ansvarsforsikring – Bygg og anlegg', 'Rettshjelp', undefined, undefined, '10000', undefined],
    ]);
  });
  it('a liability limit is no sum an index adjusts', () => {
    expect(parse(`${head}${table}`).coverages?.map((c) => c.index_class)).toEqual(['none', 'none', 'none']);
  });
  it('«Ansvarssummer og egenandeler» over the table captions its figures, no product', () => {
    expect(rows(parse(`${head}Ansvarssummer og egenandeler\n${table}`))?.map((r) => r[0])).toEqual(Array(3).fill('Ansvarsforsikring – Bygg og anlegg'));
  });
  it('«Per år» beside «Pr. skade» is the year\'s limit, never a price', () => {
    const p = parse(`${head}Dekning                 Pr. skade      Per år         Egenandel\nBedriftsansvar          NOK 5 mill.    NOK 10 mill.   10 000\n`);
    expect(rows(p)).toEqual([['Ansvarsforsikring – Bygg og anlegg', 'Bedriftsansvar', undefined, '5000000', '10000', undefined]]);
  });
});

describe('a goods certificate: the product under the title, without the agreement\'s form', () => {
  it('«Vareforsikring – årsavtale» names «Vareforsikring»', () => {
    const p = parse(
      'Nordvik Forsikring ASA\nForsikringsbevis\nVareforsikring – årsavtale\n\nPolisenr.:   VA-77120\n\n' +
        'Dekning                     Forsikringssum     Egenandel\nTransport, per sending      NOK 3 mill.        NOK 15 000\nLager, per lagersted        NOK 1,25 mill.     NOK 15 000\n',
    );
    expect(rows(p)?.map((r) => r.slice(0, 2))).toEqual([
      ['Vareforsikring', 'Transport, per sending'],
      ['Vareforsikring', 'Lager, per lagersted'],
    ]);
  });
});

describe('labels padded to their colons', () => {
  it('«Reg.nr.          : EK 48213»: the colon is the label\'s, the spaces the gap — the line keeps its length', () => {
    const line = 'Reg.nr.          : EK 48213';
    expect(spacedColonClosed(line)).toBe('Reg.nr.:           EK 48213');
    expect(spacedColonClosed(line).length).toBe(line.length);
  });
  it('a colon set apart in running text or a time stays', () => {
    expect(spacedColonClosed('Møtet starter kl. 12 : 00')).toBe('Møtet starter kl. 12 : 00');
    expect(spacedColonClosed('Dette er en lang setning om noe annet enn en etikett : verdi')).toBe('Dette er en lang setning om noe annet enn en etikett : verdi');
  });
  it('a fleet\'s vehicle records: the plate is each record\'s object, «Produkt» its product', () => {
    const vehicle = (n: number, plate: string, cover: string, deductible: string, premium: string) =>
      `KJØRETØY ${n}\nProdukt          : Motorvogn\nReg.nr.          : ${plate}\nMerke/modell     : Toyota Hilux 2.4\nÅrsmodell        : 2020\nDekning          : ${cover}\nEgenandel        : kr ${deductible}\nÅrspremie        : kr ${premium}\n\n`;
    const p = parse(`Nordvik Forsikring ASA\n\nPolisenummer     : 4410 2290\n\n${vehicle(1, 'EK 48213', 'Kasko', '8 000', '14 260')}${vehicle(2, 'ZT 10442', 'Delkasko', '6 000', '9 120')}`);
    expect(rows(p)).toEqual([
      ['Motorvogn', 'Kasko', 'EK 48213', undefined, '8000', '14260'],
      ['Motorvogn', 'Delkasko', 'ZT 10442', undefined, '6000', '9120'],
    ]);
  });
});

describe('a bilingual goods certificate: the English of the covers\' names on the lines under them', () => {
  it('«Transport, per sending /» over «Transit, any one conveyance», «Temperaturskade / Temperature» over «damage (…)»', () => {
    const p = parse(
      'Nordvik Forsikring ASA\nForsikringsbevis / Certificate of Insurance\nVareforsikring – årsavtale / Cargo Insurance – Annual Open Cover\n\nPolisenummer / Policy No.:   VA-77120\n\n' +
        'Dekning / Cover                  Forsikringssum / Sum insured    Egenandel / Deductible\n' +
        'Transport, per sending /         NOK 3 mill.                     NOK 15 000\nTransit, any one conveyance\n' +
        'Temperaturskade / Temperature    NOK 1,25 mill.                  NOK 30 000\ndamage (reefer breakdown min. 12 t)\n',
    );
    expect(rows(p)).toEqual([
      ['Vareforsikring', 'Transport, per sending', undefined, '3000000', '15000', undefined],
      ['Vareforsikring', 'Temperaturskade', undefined, '1250000', '30000', undefined],
    ]);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['varer', 'varer']);
  });
});

describe('an overview\'s bullets with their figures set in under them', () => {
  const doc =
    'Nordvik Forsikring ASA\n\nAvtalenr.   NF 2290 118\n\nDette er forsikret\n\n' +
    'Driftsbygning\n• Nordre Haug 4, 2050 Jessheim – fjøs og låve, byggeår 1988\n  – forsikringssum: kr 7 200 000 · egenandel: kr 15 000 · pris: kr 14 880\n\n' +
    'Varer\n• Nordre Haug 4, 2050 Jessheim – korn og gjødsel\n  – forsikringssum: kr 400 000 · egenandel: kr 10 000 · pris: kr 1 950\n  – forsikringssummen for varer indeksjusteres ikke\n\n' +
    'Driftstap\n• Avbruddstid 12 måneder\n  – forsikringssum: kr 2 000 000 · karenstid: 24 timer · pris: kr 4 400\n\n' +
    'Ansvar\n• Bedrifts- og produktansvar\n  – forsikringssum: kr 10 000 000 · egenandel: kr 10 000 · pris: kr 3 120\n';
  it('the place before the dash is the object, the building\'s description no part of it; a cover\'s time is passed over', () => {
    expect(rows(parse(doc))).toEqual([
      ['Driftsbygning', undefined, 'Nordre Haug 4, 2050 Jessheim', '7200000', '15000', '14880'],
      ['Varer', undefined, 'Nordre Haug 4, 2050 Jessheim', '400000', '10000', '1950'],
      ['Driftstap', undefined, undefined, '2000000', undefined, '4400'],
      ['Ansvar', 'Bedrifts- og produktansvar', undefined, '10000000', '10000', '3120'],
    ]);
  });
  it('«forsikringssummen for varer indeksjusteres ikke» makes the goods\' sum none', () => {
    expect(parse(doc).coverages?.find((c) => c.product === 'Varer')?.index_class).toBe('none');
  });
});

describe('a bilingual title', () => {
  it('«Vareforsikring / Cargo Insurance – Annual Open Cover»: the English after the dash is the translation\'s too', () => {
    const p = parse(
      'Nordvik Forsikring ASA\nForsikringsbevis / Certificate of Insurance\nVareforsikring / Cargo Insurance – Annual Open Cover\n\nPolisenummer / Policy No.:   VA-77120\n\n' +
        'Dekning / Cover                  Forsikringssum / Sum insured    Egenandel / Deductible\nTransport, per sending           NOK 3 mill.                     NOK 15 000\n',
    );
    expect(rows(p)?.[0]?.slice(0, 2)).toEqual(['Vareforsikring', 'Transport, per sending']);
  });
});
