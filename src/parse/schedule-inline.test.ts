import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer: 84 2210 7731\n\nDine forsikringer\n';

describe('lines of labelled figures', () => {
  it('after dot leaders: product, place after the comma, sum, deductible and price', () => {
    const p = parse(`${HEAD}Innbo, Langmyrgrenda 31, 0861 Oslo .......... sum kr 1 450 000, egenandel kr 4 000, pris kr 3 180\n`);
    expect(p.coverages).toEqual([{ product: 'Innbo', object: 'Langmyrgrenda 31, 0861 Oslo', index_class: 'innbo', sum: '1450000', deductible: '4000', premium: '3180' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«fullverdi» is no sum; a line without leaders reads the same', () => {
    const p = parse(`${HEAD}Hus, Storgata 1, 3611 Kongsberg, fullverdi, egenandel kr 10 000, pris kr 9 420\n`);
    expect(p.coverages).toEqual([{ product: 'Hus', object: 'Storgata 1, 3611 Kongsberg', index_class: 'bygninger', deductible: '10000', premium: '9420', note: 'Fullverdi' }]);
  });
  it('a vehicle row: the vehicle (plate, and the model after it) is the object, the level the coverage', () => {
    const p = parse(`${HEAD}Bilforsikring     EV 31852   Volkswagen ID. Buzz 2023   Kasko       egenandel 6 000    premie 7 450\n`);
    expect(p.coverages).toEqual([
      { product: 'Bilforsikring', coverage: 'Kasko', object: 'EV 31852 Volkswagen ID. Buzz 2023', index_class: 'none', deductible: '6000', premium: '7450' },
    ]);
    const q = parse(`${HEAD}Bilforsikring EL 48213 Tesla Model Y ........ kasko, egenandel kr 6 000, pris kr 8 950\n`);
    expect(q.coverages?.[0]).toMatchObject({ product: 'Bilforsikring', object: 'EL 48213 Tesla Model Y', coverage: 'Kasko', deductible: '6000', premium: '8950' });
  });
  it('a figure labelled twice is a warning naming both, and neither is used', () => {
    const p = parse(`${HEAD}Innbo, Storgata 1, 3611 Kongsberg ..... sum kr 1 000 000, sum kr 2 000 000, pris kr 3 180\n`);
    expect(p.coverages?.[0]?.sum).toBeUndefined();
    expect(p.coverages?.[0]?.premium).toBe('3180');
    expect(p.warnings).toEqual(['line 4: could not read the sum of Innbo: the line states «sum kr 1 000 000» and «sum kr 2 000 000»; none is used']);
  });
  it('a value that is no amount is a warning, not a figure', () => {
    const p = parse(`${HEAD}Driftstap ..... sum kr 6 000 000, egenandel 2 døgn, pris kr 7 215\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Driftstap', sum: '6000000', premium: '7215' });
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: could not read the deductible «2 døgn» of Driftstap']);
  });
  it('a mail-merged line: the product, then fields «Label: value» — no label in a value', () => {
    // (a schedule's line «Næringsbygg   Forsikringssted: Storgata 1, 0155 Oslo   Forsikringssum: kr 12 000 000   Egenandel: kr 10 000»)
    const want = { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '12000000', deductible: '10000' };
    expect(parse(`${HEAD}Næringsbygg   Forsikringssted: Storgata 1, 0155 Oslo   Forsikringssum: kr 12 000 000   Egenandel: kr 10 000\n`).coverages).toEqual([want]);
    // (the same line with its gaps closed, as a PDF's text can give it)
    expect(parse(`${HEAD}Næringsbygg Forsikringssted: Storgata 1, 0155 Oslo Forsikringssum: kr 12 000 000 Egenandel: kr 10 000\n`).coverages).toEqual([want]);
    const p = parse(`${HEAD}Næringsbygg   Forsikringssted: Storgata 3, 0155 Oslo   Dekning: Pluss   Forsikringssum: kr 14 000 000   Premie: kr 12 000\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', coverage: 'Pluss', object: 'Storgata 3, 0155 Oslo', index_class: 'bygninger', sum: '14000000', premium: '12000' }]);
  });
  it('a sentence is not a row, nor a line with one labelled figure', () => {
    expect(parse(`${HEAD}Premien er kr 3 180, egenandel kr 4 000, pris kr 10\n`).coverages).toBeUndefined();
    expect(parse(`${HEAD}Innbo, egenandel kr 4 000\n`).coverages).toBeUndefined();
  });
});

describe('a cover\'s line in an e-mail: the product before a colon, then its labelled figures', () => {
  // docs/agria-epost-videresendt-dyr-2026: «Veterinærforsikring: forsikringssum kr 60 000, fast egenandel kr 3 000 (i dag er
  // egenandelen kr 2 500), pris kr 6 912 per år»
  const LINE = 'Veterinærforsikring: forsikringssum kr 60 000, fast egenandel kr 3 000 (i dag er egenandelen kr 2 500), pris kr 6 912 per år';
  it('sum, deductible (today\'s in brackets is the old one) and the price per year; the bracket is a change too', () => {
    const p = parse(`Forsikringsnummer: HU 5520 1187\n\n${LINE}\n`);
    expect(p.coverages).toEqual([{ product: 'Veterinærforsikring', index_class: 'none', sum: '60000', deductible: '3000', premium: '6912' }]);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Veterinærforsikring', ['2500'], ['3000']]]);
    expect(p.warnings).toEqual([]);
  });
  // docs/agria-epost-videresendt-dyr-2026: «> Livsforsikring: forsikringssum kr 45 000, pris kr 2 556» over «> per år»
  it('a line wrapped before «per år» in a quoted e-mail', () => {
    const p = parse('> Forsikringsnummer: HU 5520 1187\n>\n> Livsforsikring: forsikringssum kr 45 000, pris kr 2 556\n> per år\n');
    expect(p.coverages).toEqual([{ product: 'Livsforsikring', index_class: 'none', sum: '45000', premium: '2556' }]);
  });
  it('a label that names a figure before the colon is no product («Egenandel: kr 4 000, pris kr 3 180» stays unread as a row)', () => {
    const p = parse(`${HEAD}Egenandel: kr 4 000, pris kr 3 180\n`);
    expect(p.coverages?.some((c) => c.product === 'Egenandel')).not.toBe(true);
  });
});

describe('a bullet list of insured interests, each «Name, place: labelled figures»', () => {
  const LIST = [
    'Polisenummer: 6021 8874 10',
    'Forsikrede interesser',
    '• Varer, Havnegata 3, 9008 Tromsø: forsikringssum NOK 4 000 000, egenandel NOK 25 000',
    '• Maskiner og inventar, Havnegata 3, 9008 Tromsø: forsikringssum NOK 1 500 000, egenandel NOK 25 000',
    '  ◦ Kunders eiendeler: førsterisiko NOK 500 000, egenandel NOK 10 000',
    '• Utstyr og verktøy: førsterisiko NOK 150 000, egenandel NOK 5 000',
  ].join('\n');
  it('«• Varer, Havnegata 3, 9008 Tromsø: forsikringssum NOK 4 000 000, …»: the place before the colon, «førsterisiko NOK 150 000» a first-risk sum, a sub-bullet at its item\'s place', () => {
    const p = parse(LIST);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible])).toEqual([
      ['Varer', 'Havnegata 3, 9008 Tromsø', '4000000', '25000'],
      ['Maskiner og inventar', 'Havnegata 3, 9008 Tromsø', '1500000', '25000'],
      ['Kunders eiendeler', 'Havnegata 3, 9008 Tromsø', { first_risk: '500000' }, '10000'],
      ['Utstyr og verktøy', undefined, { first_risk: '150000' }, '5000'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«• Hus, Fjellgata 8, 5700 Voss: fullverdi, eigenandel kr 10 000, …»: «fullverdi» first after the colon leaves the place without it', () => {
    const p = parse('Polisenummer: 6021 8874 10\nForsikringane dine\n• Hus, Fjellgata 8, 5700 Voss: fullverdi, eigenandel kr 10 000, pris kr 8 112 per år\n');
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium])).toEqual([['Hus', 'Fjellgata 8, 5700 Voss', '10000', '8112']]);
  });
  it('a name with a comma in it («Maskiner, inventar og løsøre, Havnegata 9, 8006 Bodø: …») is the name whole, the place after it', () => {
    const p = parse(LIST.replace('• Maskiner og inventar, Havnegata 3', '• Maskiner, inventar og løsøre, Havnegata 3'));
    expect(p.coverages?.[1]?.product).toBe('Maskiner, inventar og løsøre');
    expect(p.coverages?.[1]?.object).toBe('Havnegata 3, 9008 Tromsø');
  });
  it('a bullet set in under a bullet two lines up, or at the same depth, takes no place', () => {
    const p = parse(LIST.replace('  ◦ Kunders', '• Kunders'));
    expect(p.coverages?.find((c) => c.product === 'Kunders eiendeler')?.object).toBeUndefined();
  });
});

describe('a bullet\'s place before the colon, «fullverdi» first after it', () => {
  it('«* Hus, Eikelivegen 22, 6856 Sogndal: fullverdi, eigenandel kr 12 000, pris kr 9 614 per år»', () => {
    const p = parse('Forsikringsnummer: 4410 2875\n\nForsikringane dine frå 1. januar 2026\n* Hus, Eikelivegen 22, 6856 Sogndal: fullverdi, eigenandel kr 12 000, pris kr 9 614 per år\n');
    const c = p.coverages?.[0];
    expect([c?.product, c?.object, c?.deductible, c?.premium, c?.sum]).toEqual(['Hus', 'Eikelivegen 22, 6856 Sogndal', '12000', '9614', undefined]);
  });
});

describe("a fleet's bullet: the plate before the colon, the cover level after it", () => {
  // «- Brannbil, NS 77104: Kasko, egenandel 20 000 kr, premie 38 400 kr»
  it('reads the plate as the object and the level as the coverage — before, both were a note', () => {
    const p = parse(`${HEAD}- Lastebil, ZT 40112: Kasko, egenandel 20 000 kr, premie 31 400 kr\n- Varebil, EL 70113: Delkasko, egenandel 4 000 kr, premie 6 120 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible, c.premium, c.note])).toEqual([
      ['Lastebil', 'ZT 40112', 'Kasko', '20000', '31400', undefined],
      ['Varebil', 'EL 70113', 'Delkasko', '4000', '6120', undefined],
    ]);
  });
});

describe('a schedule bullet the changes reader could not read as a change', () => {
  it('«Verkstadansvar: sum kr 10 000 000, eigenandel kr 20 000, pris kr 7 480» read as a coverage: no «could not read the deductible change»', () => {
    const p = extractPolicy(textToSource('Gjensidige Forsikring ASA\n\nFornying av forsikringane\n\nEigenandelen på ansvar aukar.\n\n- Verkstadansvar: sum kr 10 000 000, eigenandel kr 20 000, pris kr 7 480\n', 'doc.txt', '0'.repeat(64)));
    expect(p.warnings?.filter((w) => w.includes('deductible change'))).toEqual([]);
  });
});

describe('a bullet naming a product over its figures as short sentences (an overview in an e-mail, «Min side»)', () => {
  // «* Husforsikring Topp – Hagebakken 17, 5353 Straume (avtalenr. 31-7702-4418)» over
  // «  Forsikringssum: 6 120 000 kr. Egenandel: 10 000 kr. Pris: 12 904 kr per år.»
  const mail =
    'Fra: Havbris Forsikring <kunde@havbris.no>\nSendt: 3. mars 2026 09:14\nEmne: Oversikt\n\nHei,\n\nHer er forsikringene dine:\n\n' +
    '- Hus Pluss - Strandveien 9, 4879 Grimstad (polisenr. 4410 2287)\n  Forsikringssum: 5 400 000 kr. Egenandel: 8 000 kr. Årspris: 9 870 kr.\n' +
    '- Innbo Pluss - samme sted (polisenr. 4410 2288)\n  Forsikringssum: 1 250 000 kr. Egenandel: 4 000 kr. Årspris: 2 916 kr.\n\nHilsen Havbris\n';
  it('each bullet a product, the place after the dash its object, the sentences under it its figures', () => {
    const p = parse(mail);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hus', 'Pluss', 'Strandveien 9, 4879 Grimstad', '5400000', '8000', '9870'],
      ['Innbo', 'Pluss', undefined, '1250000', '4000', '2916'],
    ]);
  });
  it('a line under the bullet with a sentence that is no figure: not read as its figures', () => {
    const p = parse(`${HEAD}- Hus Pluss - Strandveien 9, 4879 Grimstad\n  Forsikringssum: 5 400 000 kr. Huset er fra 1978.\n`);
    expect(p.coverages?.some((c) => c.premium !== undefined || c.deductible !== undefined)).not.toBe(true);
  });
});

describe('an e-mail\'s list item whose figures wrap onto the line under it', () => {
  // (private-holdout96/storebrand-epost-fornyelse-bedriftspakke-2025: «* Eiendeler (inventar, utstyr og løsøre), Storgata 12,
  // 3611 Kongsberg:» over «forsikringssum kr 850 000, egenandel kr 8 000, pris kr 6 940 per år», set in under the item)
  it('the item names the product and its place and ends in a colon; the figures are the line under it', () => {
    const p = parse(`${HEAD}\n  * Eiendeler (inventar, utstyr og løsøre), Storgata 12, 3611 Kongsberg:\n    forsikringssum kr 850 000, egenandel kr 8 000, pris kr 6 940 per år\n  * Varer, Storgata 12, 3611 Kongsberg:\n    forsikringssum kr 180 000, egenandel kr 8 000, pris kr 1 310 per år\n`);
    expect(p.coverages).toEqual([
      { product: 'Eiendeler', object: 'Storgata 12, 3611 Kongsberg', index_class: 'maskin_losore', sum: '850000', deductible: '8000', premium: '6940', note: '(inventar, utstyr og løsøre)' },
      { product: 'Varer', object: 'Storgata 12, 3611 Kongsberg', index_class: 'varer', sum: '180000', deductible: '8000', premium: '1310' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a line under the item that is no run of labelled figures is not read as its figures', () => {
    const p = parse(`${HEAD}\n  * Eiendeler, Storgata 12, 3611 Kongsberg:\n    som før, se vedlegget for summer\n`);
    expect(p.coverages ?? []).toEqual([]);
  });
  it('«Ansvar: forsikringssum …»: a name before the colon is the product, also a word that names a vehicle\'s cover level', () => {
    const p = parse(`${HEAD}\n  * Ansvar: forsikringssum kr 10 mill. per skade, egenandel kr 8 000, pris kr 2 150 per år\n`);
    expect(p.coverages).toEqual([{ product: 'Ansvar', index_class: 'none', sum: '10000000', deductible: '8000', premium: '2150' }]);
  });
});
