import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Person products whose own row or block states the G sum and the premium (schedule-tables.ts, g-items.ts
// productGRow, schedule-names.ts, schedule-overview.ts, schedule-fields.ts, schedule.ts ownSumItems).
// docs/fremtind-personal-produktlinje-g-premie-2027, docs/frende-personal-sum-per-person-nynorsk-2027,
// docs/megler-oversikt-personal-selskaper-premie-ny-2027, docs/megler-epost-personal-gammel-ny-premie-2027.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer: 7730 4412 8\n\n';

describe('a person product\'s own row: its G sum and its premium on the same line', () => {
  // «Gruppeliv            10 G    pr. person    Premie kr 12 400»
  const rows = [
    'Forsikringer for de ansatte',
    '',
    'Gruppeliv            10 G    pr. person    Premie kr 12 400',
    '  Barnetillegg        2 G    pr. barn',
    'Ulykke fritid        15 G    pr. person    Premie kr 4 620',
    'Yrkesskade           Etter lov             Premie kr 8 950',
    '  Ménerstatning       4,5 G',
  ].join('\n');
  it('each product a coverage with its sum and premium; the rows under it that name no product its items', () => {
    expect(parse(`${HEAD}${rows}\n`).coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', sum: { g: '10' }, premium: '12400', note: 'pr. person', items: [{ name: 'Barnetillegg', sum: { g: '2' }, note: 'pr. barn' }] },
      { product: 'Ulykke fritid', index_class: 'none', sum: { g: '15' }, premium: '4620', note: 'pr. person' },
      { product: 'Yrkesskade', index_class: 'none', premium: '8950', note: 'Etter lov', items: [{ name: 'Ménerstatning', sum: { g: '4.5' } }] },
    ]);
  });
  it('a PDF\'s row whose name and sum ran into one cell («Gruppeliv 10 G pr. person | Premie kr 12 400»), its items lines of text', () => {
    const pdf = 'Gruppeliv 10 G pr. person\tPremie kr 12 400\nBarnetillegg 2 G pr. barn\nYrkesskade Etter lov\tPremie kr 8 950\nTap i fremtidig erverv 22–30 G\n';
    expect(parse(`${HEAD}${pdf}`).coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', sum: { g: '10' }, premium: '12400', note: 'pr. person', items: [{ name: 'Barnetillegg', sum: { g: '2' }, note: 'pr. barn' }] },
      { product: 'Yrkesskade', index_class: 'none', premium: '8950', note: 'Etter lov', items: [{ name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } }] },
    ]);
  });
  it('a row with no premium labelled in its cell stays an item of the heading above (its amount could be a sum)', () => {
    const p = parse(`${HEAD}Personalforsikring\n\nGruppeliv            10 G    pr. person\nUføre                 8 G    pr. person\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Personalforsikring']);
  });
});

describe('«Sum per person» in a table that prices each product', () => {
  // «Forsikring          Sum per person     Årspremie» over «Gruppeliv           12 G               kr 6 840»
  it('the column is the sum\'s; each person product\'s row a coverage of the table', () => {
    const table = 'Forsikring          Sum per person     Årspremie\nGruppeliv           12 G               kr 6 840\nYrkesskade          Etter lova         kr 7 420\n';
    const p = parse(`${HEAD}Forsikringsbevis – personalforsikring\n\n${table}`);
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', sum: { g: '12' }, premium: '6840' },
      { product: 'Yrkesskade', index_class: 'none', premium: '7420', note: 'Etter lova' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a broker\'s overview and e-mail: «10 G pr. person» is the G sum', () => {
  it('in a sum column («Gjensidige   Gruppeliv   10 G pr. person   –   kr 19 760   kr 20 900»)', () => {
    const t = 'Selskap      Forsikring   Sum                Egenandel   Premie 2026   Premie 2027\nGjensidige   Gruppeliv    10 G pr. person    –           kr 19 760     kr 20 900\n';
    expect(parse(`${HEAD}${t}`).coverages).toEqual([{ product: 'Gruppeliv', index_class: 'none', sum: { g: '10' }, premium: '20900', note: 'pr. person' }]);
  });
  it('in a block: «Sum: 10 G pr. person»; «Egenandel: kr 500 pr. behandling» beside a new premium; «Sum: etter lov» no sum', () => {
    const mail = [
      'Gruppeliv – Storebrand',
      '  Sum: 10 G pr. person',
      '  Premie i fjor: kr 14 880',
      '  Ny premie: kr 15 340',
      '',
      'Behandlingsforsikring – Gjensidige',
      '  Egenandel: kr 500 pr. behandling',
      '  Premie i fjor: kr 52 900',
      '  Ny premie: kr 57 270',
      '',
      'Yrkesskade – Tryg',
      '  Sum: etter lov',
      '  Premie i fjor: kr 18 200',
      '  Ny premie: kr 19 650',
    ].join('\n');
    const covs = parse(`${HEAD}${mail}\n`).coverages ?? [];
    const by = (p: string) => covs.find((c) => c.product.startsWith(p));
    expect(by('Gruppeliv')).toMatchObject({ sum: { g: '10' }, premium: '15340' });
    expect(by('Behandlingsforsikring')).toMatchObject({ deductible: '500', premium: '57270' });
    expect(by('Yrkesskade')).toMatchObject({ premium: '19650' });
    expect(by('Yrkesskade')?.sum).toBeUndefined();
  });
});

describe('«Dekning | Forsikringssum» under a person product’s title with the certificate’s head between', () => {
  // docs/gjensidige-ulykkesbevis-dekningstabell-under-hode-2026: «Ulykkesforsikring Voksen» … «Dekning   Forsikringssum»
  it('its rows are items of the title’s product, «Pris per år» its premium (they were coverages of their own)', () => {
    const p = parse(
      '                    Forsikringsbevis\n                    Ulykkesforsikring Voksen\n\nForsikringsnummer:   91-4470-2218\nForsikret:           Marte Lunde Sæther, f. 1986\n\nSummene gjelder for den forsikrede.\n\n' +
        '  Dekning                                   Forsikringssum\n  Medisinsk invaliditet                     kr 1 200 000\n  Dødsfall                                  kr 250 000\n\nPris per år:         kr 1 848\n',
    );
    expect(p.coverages).toMatchObject([
      { product: 'Ulykkesforsikring Voksen', premium: '1848', items: [{ name: 'Medisinsk invaliditet', sum: '1200000' }, { name: 'Dødsfall', sum: '250000' }] },
    ]);
    expect(p.coverages).toHaveLength(1);
  });

  it('a line with a sum of its own between the title and the header ends the title’s reach: the title\'s sum is kept apart, and the two statements are warned', () => {
    const p = parse(
      '                    Forsikringsbevis\n                    Ulykkesforsikring Voksen\n\nForsikringsnummer:   91-4470-2218\nForsikringssum:      kr 500 000\n\n' +
        '  Dekning                                   Forsikringssum\n  Medisinsk invaliditet                     kr 1 200 000\n',
    );
    // (the benefit is the one person product's item; the title's own sum is not merged into it)
    expect(p.coverages?.map((c) => [c.sum, c.items])).toEqual([
      [undefined, [{ name: 'Medisinsk invaliditet', sum: '1200000' }]],
      ['500000', undefined],
    ]);
    expect(p.warnings.join('\n')).toMatch(/Ulykkesforsikring Voksen is stated at line 8 too, with another sum; both kept/);
  });

  // private set 79, fremtind-dnb-ulykke-reise: «Ulykkesforsikring» / «Forsikret: Ola Nygård» / «Pris per år: 1 476 kr» over
  // «Dekning   Forsikringssum» and «Medisinsk invaliditet   15 G» … «Behandlingsutgifter   50 000 kr»
  it('the product’s own price and deductible between the title and the header are its figures, every row its item', () => {
    const p = parse(
      'Reiseforsikring Familie Pluss\n\nAntall forsikrede: 4\nPris per år: 2 352 kr\nEgenandel: 500 kr\n\n' +
        'Dekning                          Forsikringssum\nReisegods per person             50 000 kr\nAvbestilling per person          60 000 kr\n',
    );
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({ deductible: '500', premium: '2352', items: [{ name: 'Reisegods per person', sum: '50000' }, { name: 'Avbestilling per person', sum: '60000' }] });
  });

  it('G rows and kroner rows under a person product with its price above are all items, none a product of its own', () => {
    const p = parse(
      'Ulykkesforsikring\n\nForsikret: Ola Nygård\nPris per år: 1 476 kr\n\nDekning                          Forsikringssum\n' +
        'Medisinsk invaliditet            15 G\nDødsfall ved ulykke              3 G\nBehandlingsutgifter              50 000 kr\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Ulykkesforsikring', index_class: 'none', premium: '1476', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }, { name: 'Dødsfall ved ulykke', sum: { g: '3' } }, { name: 'Behandlingsutgifter', sum: '50000' }] },
    ]);
  });

  // private set 79, frende-barneforsikring-nynorsk: «Forsikringsbevis – Barneforsikring», «… er 1 G = 124 028 kroner.», then
  // «Dekningar   Forsikringssum» over G rows and «Sjukehusopphald, per døgn   kr 500», «Eigenandel: ingen.» and «Pris: …» under them
  it('nynorsk «Dekningar», the value of G above and the product’s price under its items', () => {
    const p = parse(
      'Forsikringsbevis – Barneforsikring\n\nForsikringstakar:   Randi Skeie\n\nG er grunnbeløpet i folketrygda. Ved utferding av dette beviset er 1 G = 124 028 kroner.\n\n' +
        'Dekningar                                  Forsikringssum\nMedisinsk invaliditet, 100 %               40 G\nDødsfall                                   1 G\n' +
        'Behandlingsutgifter etter ulukke           kr 100 000\nSjukehusopphald, per døgn                  kr 500\n\nEigenandel: ingen.\nPris: kr 2 148 per år (kr 179 per månad).\n',
    );
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({
      product: 'Barneforsikring',
      premium: '2148',
      items: [{ name: 'Medisinsk invaliditet, 100 %', sum: { g: '40' } }, { name: 'Dødsfall', sum: { g: '1' } }, { name: 'Behandlingsutgifter etter ulukke', sum: '100000' }, { name: 'Sjukehusopphald, per døgn', sum: '500' }],
    });
  });
});

describe('a G sum with what it depends on among G rows with kroner in brackets', () => {
  // test/corpus/docs/gjensidige-g-varsel-yrkesskade-g-etter-alder-kolonner-2025.txt: «Tap i framtidig inntekt   18–30 G etter alder»
  // under «Menerstatning   5 G   (tilsv. kr 650 800)» — warned as out of line with the table and lost
  it('is an item of the product, its range and its note', () => {
    const text = [
      'Yrkesskadeforsikring                         Årspremie kr 17 230',
      '  Ytelse                                     Forsikringssum',
      '  Menerstatning                              5 G     (tilsv. kr 650 800)',
      '  Tap i framtidig inntekt                    18–30 G etter alder',
      '  Erstatning ved død                         15 G    (tilsv. kr 1 952 400)',
    ].join('\n');
    const p = parse(HEAD + text);
    expect(p.coverages?.[0]?.items?.[1]).toEqual({ name: 'Tap i framtidig inntekt', sum: { g_min: '18', g_max: '30' }, note: 'etter alder' });
    expect(p.warnings).toEqual([]);
  });
});

describe('a travel certificate whose head names the product, far above its table of covers', () => {
  // private set 42, eika-reiseforsikring-familie-forsikringsbevis: «Produkt: Reiseforsikring» / «Dekningsomfang: Familie» /
  // «Polisenummer …» / «Adresse: Storgata 41, 2815 Gjøvik» … «Forsikrede personer» … then «Dekning   Forsikringssum» over
  // «Reisesyke (medisinsk behandling)   Ubegrenset» and «Avbestilling   kr 40 000 per person»
  const head =
    'Tryg Forsikring\nForsikringsbevis\n\nProdukt:             Reiseforsikring Helår\nDekning:             Familie\nAvtalenummer:        6604 1187 52\n' +
    'Forsikringstaker:    Henrik Aas\nAdresse:             Fjordveien 12, 4020 Stavanger\nUtstedt:             03.03.2026\nGjelder fra:         15.03.2026\n' +
    'Egenandel:           kr 800\nPris per år:         kr 2 640\n\nForsikrede\n  Henrik Aas         f. 1981\n  Lene Aas           f. 1983\n  Mia Aas            f. 2012\n\n' +
    'Forsikringen gjelder på reiser i hele verden som varer inntil 45 dager.\n\nForsikringssummer\n\n';
  const table = 'Dekning                              Forsikringssum\nReisesyke og hjemtransport           Ubegrenset\nAvbestilling                         kr 50 000 per person\nReisegods                            kr 25 000 per person\n';
  it('the rows are the product’s items, the first without a sum; the head’s price and deductible its own (the rows were products)', () => {
    const p = parse(head + table);
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({
      product: 'Reiseforsikring Helår',
      coverage: 'Familie',
      deductible: '800',
      premium: '2640',
      items: [{ name: 'Reisesyke og hjemtransport', note: 'Ubegrenset' }, { name: 'Avbestilling', sum: '50000' }, { name: 'Reisegods', sum: '25000' }],
    });
  });

  it('a line with another amount between the head and the table ends the head’s reach', () => {
    const p = parse(head.replace('Forsikringssummer\n', 'Forsikringssum bagasje: kr 10 000\n\nForsikringssummer\n') + table);
    expect(p.coverages?.some((c) => c.product === 'Avbestilling')).toBe(true);
  });
});

describe('«Dekning | Forsikringssum» under a person product’s title, «Ubegrenset» the first row', () => {
  // private set 54, eika-reiseforsikring-vilkar-utdrag: «REISEFORSIKRING» … «1 Forsikringssummer per person» over the table,
  // «Reisesyke og hjemtransport   Ubegrenset» its first row
  it('the first row is an item without a sum, and the rows under it stay items (they were lost)', () => {
    const p = parse(
      'Eika Forsikring AS\n\nREISEFORSIKRING\nUtdrag av forsikringsvilkår – oversikt over summer\n\n1 Forsikringssummer per person\n\n' +
        'Dekning                               Forsikringssum\nReisesyke og hjemtransport            Ubegrenset\nAvbestilling                          kr 100 000\nReisegods                             kr 30 000\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Reiseforsikring', index_class: 'none', items: [{ name: 'Reisesyke og hjemtransport', note: 'Ubegrenset' }, { name: 'Avbestilling', sum: '100000' }, { name: 'Reisegods', sum: '30000' }] },
    ]);
  });
});
