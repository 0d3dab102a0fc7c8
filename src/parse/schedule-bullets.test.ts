import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { bulletFigures, categoryOf, leadAndFigures, leadThing } from './schedule-bullets.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer: 84 2210 7731\n\nKva er forsikra\n\n';

describe('a category line over a bullet list of things', () => {
  it('the category names the product and the shared deductible; each bullet its place and figures', () => {
    // («Bygning (fullverdi), eigenandel 12 500 kr:» over «• Blokk A, …, 5155 Bønes – forsikringssum 86 400 000 kr, premie …»)
    const p = parse(
      `${HEAD}Næringsbygg (fullverdi), egenandel 20 000 kr:\n` +
        '  • Lagerhall, Industrivegen 4, 7500 Stjørdal – forsikringssum 18 400 000 kr, premie 21 300 kr\n' +
        '  • Kontorbygg, Industrivegen 6, 7500 Stjørdal – forsikringssum 9 150 000 kr, premie 11 870 kr\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Lagerhall, Industrivegen 4, 7500 Stjørdal', index_class: 'bygninger', sum: '18400000', deductible: '20000', premium: '21300' },
      { product: 'Næringsbygg', object: 'Kontorbygg, Industrivegen 6, 7500 Stjørdal', index_class: 'bygninger', sum: '9150000', deductible: '20000', premium: '11870' },
    ]);
  });
  it('dashes, a colon after the place, the sums’ form after a dash; a bracket after the place is its note', () => {
    // («Eiendom - fullverdi, indeksregulert:» over «- Bryggen 4, 6004 Ålesund (kontor/handel, 5 etasjer): forsikringssum kr …»)
    const p = parse(
      `${HEAD}Eiendommer – fullverdi – egenandel kr 30 000 per skade:\n` +
        '- Sjøgata 12, 8006 Bodø (butikk og kontor): sum kr 44 600 000 · premie kr 52 410\n' +
        '- Parkeringsanlegg Sjøgata 14, 8006 Bodø: sum kr 21 900 000 · premie kr 19 060\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Eiendommer', object: 'Sjøgata 12, 8006 Bodø', index_class: 'bygninger', sum: '44600000', deductible: '30000', premium: '52410', note: 'butikk og kontor' },
      { product: 'Eiendommer', object: 'Parkeringsanlegg Sjøgata 14, 8006 Bodø', index_class: 'bygninger', sum: '21900000', deductible: '30000', premium: '19060' },
    ]);
  });
  it('a bullet with no place is a product of its own; its figures go on on the line set in under it', () => {
    // («Summer og egenandeler» over «• Transport av varer, maksimum per sending: NOK 2,5 mill.» over «  Egenandel: NOK 10 000 per skade.»)
    const p = parse(
      `${HEAD}Summer og egenandeler\n` +
        '  • Varer under transport, høyeste sum per sending: NOK 1,8 mill.\n' +
        '    Egenandel: NOK 7 500 per skade.\n' +
        '  • Yrkesverktøy i bil: NOK 120 000 per bil.\n' +
        '    Egenandel: NOK 3 000.\n',
    );
    expect(p.coverages).toMatchObject([
      { product: 'Varer under transport', sum: '1800000', deductible: '7500', note: 'høyeste sum per sending' },
      { product: 'Yrkesverktøy i bil', sum: '120000', deductible: '3000' },
    ]);
  });
  it('«eigenandel: ingen» is a deductible of 0; a lone bullet under a colon is read when it states two figures', () => {
    const p = parse(`${HEAD}Ansvar og styre:\n  • Styreansvar – 5 000 000 kr, eigenandel: ingen, premie 4 200 kr\n\nFelles lausøyre:\n  • Lausøyre i fellesrom – forsikringssum 300 000 kr, eigenandel 4 000 kr,\n    premie 1 120 kr\n`);
    expect(p.coverages).toEqual([
      { product: 'Styreansvar', index_class: 'none', sum: '5000000', deductible: '0', premium: '4200' },
      { product: 'Lausøyre i fellesrom', index_class: 'maskin_losore', sum: '300000', deductible: '4000', premium: '1120' },
    ]);
  });
  it('a list whose only figures are «eigenandel: ingen», no digit in it, is still a list of figures', () => {
    // (a list with no digit is passed by unread — every amount holds one —, but «ingen» is a deductible of 0 kr: such a list is read)
    const p = parse(`${HEAD}Fritidsbustad:\n  • Hytte: eigenandel: ingen\n  • Innbu: eigenandel: ingen\n`);
    expect(p.coverages).toEqual([
      { product: 'Hytte', index_class: 'bygninger', deductible: '0' },
      { product: 'Innbu', index_class: 'innbo', deductible: '0' },
    ]);
  });
  it('a comma before the first figure ends the lead; «Egenandel: ingen – kr … per år» on the line under it', () => {
    // («• Verdisaksforsikring (smykker), førsterisiko kr 150 000,-» over «  Egenandel: ingen – kr 1 020,- per år»)
    const p = parse(`${HEAD}Dette har du hos oss:\n\n  • Smykker og klokker (spesifisert), førsterisiko kr 90 000,-\n    Egenandel: ingen – kr 740,- per år\n  • Innboforsikring, Lia 4, 2815 Gjøvik\n    Forsikringssum kr 900 000,- – egenandel kr 4 000,- – kr 2 110,- per år\n`);
    expect(p.coverages).toMatchObject([
      { product: 'Smykker og klokker', sum: { first_risk: '90000' }, deductible: '0', premium: '740', note: 'spesifisert' },
      { product: 'Innboforsikring', object: 'Lia 4, 2815 Gjøvik', sum: '900000', deductible: '4000', premium: '2110' },
    ]);
  });
  it('bullets that are a record\'s fields, or covers over fields of their own, are no list of things', () => {
    // («Innboforsikring» over «• Forsikringssum: kr 400 000,-», «• Egenandel: kr 3 000,-»; «• Ansvar» over «Forsikringssum: …»)
    const p = parse(`${HEAD}Innboforsikring\n  • Adresse: Lia 4, 2815 Gjøvik\n  • Forsikringssum: kr 400 000,-\n  • Egenandel: kr 3 000,-\n  • Pris: kr 1 308,- i året\n`);
    expect(p.coverages?.some((c) => c.object === 'Forsikringssum' || c.object === 'Egenandel')).toBe(false);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Innboforsikring', sum: '400000', deductible: '3000' });
  });
  it('a place ends at its town: after a dash the thing\'s description, its note', () => {
    expect(leadThing('Gjellebekkveien 12 A, 3420 Lierskogen – veksthus 1, glass/stål', categoryOf('Veksthus'), undefined)).toEqual({ product: 'Veksthus', object: 'Gjellebekkveien 12 A, 3420 Lierskogen', note: 'veksthus 1, glass/stål' });
  });
  it('a bullet that says a change, or a rate, is no thing insured', () => {
    expect(bulletFigures('Eigenandelen ved vasskade aukar frå 12 500 kr til 20 000 kr')).toBeUndefined();
    expect(bulletFigures('Bygningssummane aukar med 3,1 prosent')).toBeUndefined();
    expect(bulletFigures('0,08 promille av brannforsikringssummen')).toBeUndefined();
    expect(bulletFigures('5 000 000 kr, eigenandel: ingen, premie 4 200 kr')).toEqual({ sum: '5000000', deductible: '0', premium: '4200' });
  });
  it('a category line that names no product gives none; an unknown term drops the shared deductible', () => {
    expect(categoryOf('Kva er forsikra:')).toEqual({ unindexed: false });
    expect(categoryOf('Bygning (fullverdi), eigenandel 12 500 kr:')).toEqual({ unindexed: false, product: 'Bygning', deductible: '12500' });
    expect(categoryOf('Næringsbygg – Pluss, egenandel kr 10 000:')).toEqual({ unindexed: false, product: 'Næringsbygg' });
    expect(categoryOf('Varer, ikke indeksregulert:')).toMatchObject({ unindexed: true, product: 'Varer' });
  });
  it('under a category that names no product, the thing’s name before its place is the product; «samme sted» the place above', () => {
    const cat = categoryOf('Dette er forsikret:');
    expect(leadThing('Inventar og utstyr i salongen, Torvet 3, 4515 Mandal', cat, undefined)).toEqual({ product: 'Inventar og utstyr i salongen', object: 'Torvet 3, 4515 Mandal' });
    expect(leadThing('Varer for salg, samme sted', cat, 'Torvet 3, 4515 Mandal')).toEqual({ product: 'Varer for salg', object: 'Torvet 3, 4515 Mandal' });
  });
  it('a list under «Dette er forsikret:», the figures on the line under each bullet after a dash', () => {
    const p = parse(
      `${HEAD}Dette er forsikret:\n\n` +
        '  • Maskiner og inventar i verkstedet, Elvegata 9, 2614 Lillehammer\n' +
        '    – Forsikringssum kr 640 000,- · Egenandel kr 8 000,- · Pris kr 3 115,- per år\n' +
        '  • Bedriftsansvar\n' +
        '    – Forsikringssum kr 10 000 000,- · Egenandel kr 8 000,- · Pris kr 2 460,- per år\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Maskiner og inventar i verkstedet', object: 'Elvegata 9, 2614 Lillehammer', index_class: 'maskin_losore', sum: '640000', deductible: '8000', premium: '3115' },
      { product: 'Bedriftsansvar', index_class: 'none', sum: '10000000', deductible: '8000', premium: '2460' },
    ]);
  });
});

describe('lists that are no list of things', () => {
  it('a head that says its list is included in a cover, or gives sums per person, opens a cover\'s parts', () => {
    // («Fører- og passasjerulykke er inkludert:» over «– Dødsfall: 200 000 kr»: the vehicle's accident sums, no products)
    for (const head of ['Førerulykke er inkludert:', 'Forsikringssummer per person:', 'Inngår i kasko:']) {
      const p = parse(`${HEAD}${head}\n- Dødsfall etter ulykke: 150 000 kr\n- Medisinsk invaliditet etter ulykke: 300 000 kr\n`);
      expect((p.coverages ?? []).map((c) => c.product)).not.toContain('Dødsfall etter ulykke');
    }
  });
  it('a bullet with figures the list cannot read as a thing makes none of the list read here, never half of it', () => {
    // («Reisegods: 25 000 kr» is a name the index classes know, «Avbestilling: 40 000 kr» is not: both a travel cover's sums)
    // (read as a list, the known names became products one by one: «Reisegods», «Dødsfall etter ulykke»)
    const p = parse(`${HEAD}Summer:\n- Avbestilling: 40 000 kr\n- Reisegods: 25 000 kr\n- Dødsfall etter ulykke: 200 000 kr\n`);
    expect((p.coverages ?? []).map((c) => c.product)).not.toContain('Dødsfall etter ulykke');
  });
});

describe('a category\'s insurance, a bullet\'s cover and a part set in under a thing', () => {
  it('«Skolebygg – Eiendomsforsikring (fullverdi)»: the things\' kind, then the insurance — the product', () => {
    expect(categoryOf('Skolebygg – Eiendomsforsikring (fullverdi)').product).toBe('Eiendomsforsikring');
    expect(categoryOf('Kontorbygg - Næringsforsikring, egenandel 10 000 kr:')).toEqual({ product: 'Næringsforsikring', deductible: '10000', unindexed: false });
  });
  it('«Lastebil, ZT 40112: Kasko, egenandel 20 000 kr, premie 31 400 kr»: the name before the figures is their cover', () => {
    expect(leadAndFigures('Lastebil, ZT 40112: Kasko, egenandel 20 000 kr, premie 31 400 kr')).toEqual({ lead: 'Lastebil, ZT 40112', figures: { deductible: '20000', premium: '31400' }, cover: 'Kasko' });
    expect(leadAndFigures('Varebil, EL 70113: egenandel 4 000 kr, premie 6 120 kr')?.cover).toBeUndefined();
    expect(leadAndFigures('Lager: Fullverdi, egenandel 4 000 kr, premie 6 120 kr')?.cover).toBeUndefined();
  });
  it('a bullet set in under a thing\'s bullet, with no place of its own, is at the place above', () => {
    const p = parse(
      `${HEAD}Forsikrede interesser\n` +
        '• Maskiner og inventar, Havnegata 3, 9008 Tromsø: forsikringssum NOK 1 500 000, egenandel NOK 25 000\n' +
        '  ◦ Kunders eiendeler: førsterisiko NOK 500 000, egenandel NOK 10 000\n' +
        '• Varer, Stakkevollvegen 41, 9010 Tromsø: forsikringssum NOK 800 000, egenandel NOK 10 000\n',
    );
    expect(p.coverages?.find((c) => c.product === 'Kunders eiendeler')?.object).toBe('Havnegata 3, 9008 Tromsø');
  });
});

describe('a bullet whose deductible is a share of the cost', () => {
  it('«egenandel 20 % av kostnadene» is left out and said; the list is read whole, «NOK 1,25 mill.» in millions', () => {
    // («• Formuestap ved rådgivning – forsikringssum NOK 1,25 mill., egenandel NOK 50 000» over «• Rettshjelp – forsikringssum
    // NOK 150 000, egenandel 20 % av kostnadene»: a liability certificate's covers as bullets under «Dekninger»)
    const p = parse(
      'FORSIKRINGSBEVIS – ANSVARSFORSIKRING\n\nPolisenummer: AN-77120\n\nDekninger\n' +
        '• Styreansvar – forsikringssum NOK 2,5 mill., egenandel NOK 15 000\n' +
        '• Rettshjelp – forsikringssum NOK 100 000, egenandel 25 % av kostnadene\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Ansvarsforsikring', coverage: 'Styreansvar', index_class: 'none', sum: '2500000', deductible: '15000' },
      { product: 'Ansvarsforsikring', coverage: 'Rettshjelp', index_class: 'none', sum: '100000' },
    ]);
    expect(p.warnings?.some((w) => w.includes('share of the cost') && w.includes('25 %'))).toBe(true);
  });
  it('bulletFigures: the share is kept apart from the amounts; beside a deductible amount it is no bullet of figures', () => {
    expect(bulletFigures('forsikringssum NOK 150 000, egenandel 20 % av kostnadene')).toEqual({ sum: '150000', share: 'egenandel 20 % av kostnadene' });
    expect(bulletFigures('forsikringssum NOK 150 000, egenandel NOK 5 000, egenandel 20 % av kostnadene')).toBeUndefined();
  });
});
