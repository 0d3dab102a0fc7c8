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

describe('a certificate titled by one insurance lists its covers', () => {
  it('«FORSIKRINGSBEVIS – HYTTEFORSIKRING» over «Dekning: Bygning» blocks: the title is the product, each block\'s name its coverage', () => {
    const p = parse(
      'Forsikringsnummer: 2004-883102\nUtstedt: 19.05.2025\n\nFORSIKRINGSBEVIS – HYTTEFORSIKRING\n\nForsikringssted: Fjellstølvegen 31, 2940 Heggenes\n\n' +
        'Dekning: Bygning\nForsikringsform: Fullverdi\nEgenandel: 10 000 kr\nÅrspris: 6 210 kr\n\n' +
        'Dekning: Innbo og løsøre i hytta\nForsikringssum: 300 000 kr\nEgenandel: 4 000 kr\nÅrspris: 1 480 kr\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Hytteforsikring', 'Bygning'],
      ['Hytteforsikring', 'Innbo og løsøre i hytta'],
    ]);
  });
  it('with two titles the document-wide rule gives no row the wrong one: each section keeps its own title', () => {
    const p = parse(
      'Forsikringsnummer: 2004-883102\n\nFORSIKRINGSBEVIS – HYTTEFORSIKRING\n\nDekning: Bygning\nEgenandel: 10 000 kr\nÅrspris: 6 210 kr\n\n' +
        'FORSIKRINGSBEVIS – BÅTFORSIKRING\n\nDekning: Kasko\nEgenandel: 4 000 kr\nÅrspris: 1 480 kr\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Hytteforsikring', 'Bygning'],
      ['Båtforsikring', 'Kasko'],
    ]);
  });
});

describe('a title over several insurances, or naming a thing, leaves its rows their own names', () => {
  const rows = 'Forsikring        Forsikringssum     Egenandel     Årspris\nInnbo             1 200 000 kr       4 000 kr      3 120 kr\nReise             –                  0 kr          1 980 kr\n';
  it('«Forsikringsbevis – Privatforsikring»: the customer\'s kind, its rows «Innbo», «Reise» insurances of their own', () => {
    const p = parse(`Forsikringsnummer: 7700-118822\n\nForsikringsbevis – Privatforsikring\n\n${rows}`);
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Innbo', undefined],
      ['Reise', undefined],
    ]);
  });
  it('«Forsikringsbevis – Reiseforsikring» over the same rows: one insurance, the rows its covers', () => {
    const p = parse(`Forsikringsnummer: 7700-118822\n\nForsikringsbevis – Reiseforsikring\n\n${rows}`);
    expect((p.coverages ?? []).map((c) => c.product)).toEqual(['Reiseforsikring', 'Reiseforsikring']);
  });
  it('«Forsikringsbevis Bygning» names a thing, no insurance: a «Løsøre» row under it is not the building\'s cover', () => {
    const p = parse(`Forsikringsnummer: 7700-118822\n\nForsikringsbevis Bygning\n\nForsikring        Forsikringssum     Egenandel\nBygning           4 000 000 kr       10 000 kr\nLøsøre            800 000 kr         10 000 kr\n`);
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Bygning', undefined],
      ['Løsøre', undefined],
    ]);
  });
});

describe('a boat\'s fact by its label after its name', () => {
  it('«Forsikra fartøy: Askeladden C65 Cruiser, 2019 Båthamn: …» (a PDF that set the two lines as one): the boat is the name before the label', () => {
    const p = parse(
      'Forsikringsnummer: 2207441958\n\nForsikringsbevis – Båtforsikring\n\nForsikra fartøy:     Askeladden C65 Cruiser, 2019 Båthamn: Leirvik småbåthamn, plass B-14\n' +
        'Motor:               Yamaha F150 XB, 150 hk\n\nDekning          Forsikringssum      Eigenandel     Premie\nKasko            kr 485 000,-        kr 6 000,-     kr 4 215,-\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage, c.object])).toEqual([['Båtforsikring', 'Kasko', 'Askeladden C65 Cruiser, 2019']]);
  });
});

describe('a certificate\'s facts run into one line between its title and its table', () => {
  it('«Avtalenummer 5021 7764 Gjelder fra 01.01.2025» (a PDF that set the two cells a space apart) parts no title from its table', () => {
    const p = parse(
      'Forsikringsbevis Kommuneeiendom\nAvtalenummer 5021 7764 Gjelder fra 01.01.2025\n\nDekning      Forsikringssted                            Forsikringssum    Egenandel\n' +
        'Bygning      Tonstad skole, Skolevegen 4, 4440 Tonstad  184 500 000       50 000\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage, c.object])).toEqual([['Kommuneeiendom', 'Bygning', 'Tonstad skole, Skolevegen 4, 4440 Tonstad']]);
  });
});

describe('the papers insurers title by one insurance, and the captions under them', () => {
  it('«FORSIKRINGSBREV – HUNDEFORSIKRING» (Agria\'s word for its certificate) titles the covers as «Forsikringsbevis – …» does', () => {
    const p = parse(
      'Forsikringsnummer      7301-4492817\n\nFORSIKRINGSBREV – HUNDEFORSIKRING\n\nForsikret dyr\nNavn                   Kira\n\n' +
        'Forsikring                       Forsikringssum          Egenandel               Årspremie\n' +
        'Agria Veterinærforsikring        60 000 kr               2 500 kr                6 348 kr\n' +
        'Agria Liv                        18 000 kr               Ingen                     684 kr\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Hundeforsikring', 'Agria Veterinærforsikring'],
      ['Hundeforsikring', 'Agria Liv'],
    ]);
  });
  it('«Polise – Hesteforsikring»: the same title in another insurer\'s word', () => {
    const p = parse('Polisenummer: 55-120 447\n\nPolise – Hesteforsikring\n\nDekning            Forsikringssum     Egenandel\nVeterinærutgifter  40 000 kr          3 000 kr\nLiv                25 000 kr          0 kr\n');
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Hesteforsikring', 'Veterinærutgifter'],
      ['Hesteforsikring', 'Liv'],
    ]);
  });
  it('captions of the things listed and of what the insurance includes are no products', () => {
    for (const c of ['Forsikrede bygninger og innbo', 'Forsikra hus, garasje og innbo', 'Inkludert i forsikringen', 'Dette inngår i forsikringa', 'Dekket i denne forsikringen', 'Inkluderte tilleggsdekninger']) expect(captionName(c), c).toBe(true);
    for (const c of ['Inkludert i kasko', 'Innbo og løsøre', 'Hytteforsikring']) expect(captionName(c), c).toBe(false);
  });
  it('«Forsikrede bygninger og innbo» and «Inkludert i forsikringen» under «Forsikringsbevis – Hytteforsikring»: every row the cabin insurance\'s cover', () => {
    const p = parse(
      'Polisenummer   7711-430562\n\nForsikringsbevis – Hytteforsikring\n\nForsikrede bygninger og innbo\n\n' +
        'Dekning                  Forsikringssum      Egenandel     Årspremie\n' +
        'Fritidsbolig             kr 3 450 000        kr 8 000      kr 7 925\n' +
        'Innbo og løsøre          kr 400 000          kr 4 000      kr 1 980\n\n' +
        'Inkludert i forsikringen\n\n' +
        'Dekning                                  Forsikringssum          Egenandel\n' +
        'Ansvar som eier av fritidsbolig          kr 10 000 000           kr 4 000\n',
    );
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Hytteforsikring', 'Fritidsbolig'],
      ['Hytteforsikring', 'Innbo og løsøre'],
      ['Hytteforsikring', 'Ansvar som eier av fritidsbolig'],
    ]);
  });
  it('a change named by an insurance\'s word that is the titled insurance\'s row («veterinærforsikringen») is that cover\'s change', () => {
    const p = parse(
      'Forsikringsnummer:  4470-881236\n\nFORSIKRINGSBREV – HUNDEFORSIKRING\n\n' +
        'Egenandelen på veterinærforsikringen øker fra 2 000 kr til 2 500 kr.\n\n' +
        'Dekning                   Forsikringssum         Egenandel      Årspremie\n' +
        'Veterinærforsikring       60 000 kr              2 500 kr       4 116 kr\n' +
        'Liv                       12 000 kr              Ingen          1 044 kr\n',
    );
    expect((p.deductible_changes ?? []).map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Hundeforsikring', 'Veterinærforsikring', ['2000'], ['2500']]]);
  });
});

describe('the paper\'s word as a label', () => {
  it('«Forsikringsbrev: Katteforsikring» titles the covers as a dash does; «Forsikringsavtale: Nordlys AS» names no insurance', () => {
    const rows = 'Dekning\tForsikringssum\tEgenandel\tPris per år\nVeterinærforsikring\t30 000 kr\t2 000 kr\t3 420 kr\nLiv\t8 000 kr\tIngen\t396 kr\n';
    const p = parse(`Forsikringsnummer:\t4471-220918\n\nForsikringsbrev: Katteforsikring\n\n${rows}`);
    expect((p.coverages ?? []).map((c) => [c.product, c.coverage])).toEqual([
      ['Katteforsikring', 'Veterinærforsikring'],
      ['Katteforsikring', 'Liv'],
    ]);
    const q = parse(`Forsikringsnummer:\t4471-220918\n\nForsikringsavtale: Nordlys AS\n\n${rows}`);
    expect((q.coverages ?? []).map((c) => c.product)).not.toContain('Nordlys AS');
  });
});
