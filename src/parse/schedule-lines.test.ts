import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { coverageLine, coverageRecord, productThenPlace, sumLine } from './schedule-lines.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a coverage written as one line of labelled figures', () => {
  // an e-mail's list of what is insured: «Varelager: 650 000 kr, egenandel 10 000 kr, årspris 1 845 kr.»
  it('the name before the colon, the first amount its sum, the others by their labels', () => {
    expect(coverageLine('Varelager: 820 000 kr, egenandel 10 000 kr, årspris 2 310 kr.')).toEqual({
      product: 'Varelager',
      index_class: 'varer',
      sum: '820000',
      deductible: '10000',
      premium: '2310',
    });
  });
  // «Bygning - Sagvegen 15, 2770 Jaren (sagbruk og tørke): sum kr 27 400 000, egenandel kr 20 000, pris kr 39 730.»
  it('a place after a dash, with its postcode, is the object; a bracket after it only says more', () => {
    expect(coverageLine('Bygning - Industrivegen 4, 2816 Gjøvik (lager og kontor): sum kr 18 250 000, egenandel kr 20 000, pris kr 24 610.')).toMatchObject({
      product: 'Bygning',
      object: 'Industrivegen 4, 2816 Gjøvik',
      sum: '18250000',
      deductible: '20000',
      premium: '24610',
    });
  });
  // «Styreansvar - forsikringssum 5 000 000 kr, egenandel 0 kr, årspris 3 400 kr»
  it('a dash before the first label, and a sum on first risk', () => {
    expect(coverageLine('Styreansvar - forsikringssum 2 000 000 kr, egenandel 0 kr, årspris 1 950 kr')).toMatchObject({ product: 'Styreansvar', sum: '2000000', deductible: '0', premium: '1950' });
    expect(coverageLine('Varer - på lager: kr 4 000 000 på første risiko, egenandel kr 10 000, pris kr 6 200.')?.sum).toEqual({ first_risk: '4000000' });
  });
  // «Bygning | kr 12 700 000 | egenandel kr 15 000 | kr 18 990 per år» (a bar row no table reader took)
  it('«kr 15 000 kr 18 990 per år» is two amounts, the second the premium beside a stated deductible', () => {
    expect(coverageLine('Næringsbygg kr 9 400 000 egenandel kr 15 000 kr 14 120 per år')).toMatchObject({ sum: '9400000', deductible: '15000', premium: '14120' });
  });
  // a record's cells run together on one line, as a PDF's label and figure columns do: «Husforsikring Forsikringssum kr 3 000 000 …»
  it('the first figure\'s label is no part of the name, and a heading\'s number and capitals are not the name\'s', () => {
    expect(coverageLine('Husforsikring Forsikringssum kr 3 000 000 Egenandel kr 10 000 Pris kr 5 000')).toEqual({
      product: 'Husforsikring',
      index_class: 'bygninger',
      sum: '3000000',
      deductible: '10000',
      premium: '5000',
    });
    expect(coverageLine('Innbo Pris per år kr 2 436 Egenandel kr 4 000')).toMatchObject({ product: 'Innbo', deductible: '4000', premium: '2436' });
    expect(coverageLine('2 BYGNING Forsikringssum kr 8 000 000 Egenandel kr 20 000')).toMatchObject({ product: 'Bygning', sum: '8000000', deductible: '20000' });
    // (a label alone is still no name)
    expect(coverageLine('Forsikringssum kr 3 000 000 Egenandel kr 10 000 Pris kr 5 000')).toBeUndefined();
  });
  // «Kornlager og tørke:                kr 4 600 000    egenandel kr 15 000   pris kr 7 112» (a farm's e-mail, under «Gardsbygninger»)
  it('a name the index-class table does not know, when the line states all three figures, each placed', () => {
    expect(coverageLine('Potetlager og sorteri:   kr 3 150 000   egenandel kr 20 000   pris kr 5 480')).toEqual({
      product: 'Potetlager og sorteri',
      index_class: 'other',
      sum: '3150000',
      deductible: '20000',
      premium: '5480',
    });
    // (two figures only: the name says too little to be read without its third)
    expect(coverageLine('Potetlager og sorteri:   kr 3 150 000   egenandel kr 20 000')).toBeUndefined();
    // (a total, a column's name, a name with a figure: no product)
    expect(coverageLine('Samlet pris:   kr 3 150 000   egenandel kr 20 000   pris kr 5 480')).toBeUndefined();
    expect(coverageLine('Forsikringssum:   kr 3 150 000   egenandel kr 20 000   pris kr 5 480')).toBeUndefined();
    expect(coverageLine('Lager 2:   kr 3 150 000   egenandel kr 20 000   pris kr 5 480')).toBeUndefined();
  });
  it('a known name beside unknown ones under one heading: each read, none warned as two rows', () => {
    const p = parse('Forsikringsnummer 55501234\n\nGardsbygninger\n  Driftsbygning:        kr 9 800 000   egenandel kr 15 000   pris kr 13 610\n  Potetlager og sorteri: kr 3 150 000   egenandel kr 20 000   pris kr 5 480\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', '9800000', '15000', '13610'],
      ['Potetlager og sorteri', '3150000', '20000', '5480'],
    ]);
    expect(p.warnings?.some((w) => w.includes('more than one row')) ?? false).toBe(false);
  });
  it('is not read where it could be read two ways or says a change', () => {
    // a liability's limits per claim and per year, no premium
    expect(coverageLine('Bedrifts- og produktansvar  20.000.000 per skade / 40.000.000 per år')).toBeUndefined();
    // an amount no label places
    expect(coverageLine('Varelager: 650 000 kr, egenandel 10 000 kr, 1 845 kr.')).toBeUndefined();
    // a change
    expect(coverageLine('Fellesinnbo - forsikringssum 350 000 kr (før 200 000 kr), egenandel 5 000 kr')).toBeUndefined();
    expect(coverageLine('Innbo: egenandel 4 000 kr, økes til 6 000 kr')).toBeUndefined();
    // one figure only
    expect(coverageLine('Innbo: 1 500 000 kr.')).toBeUndefined();
    // a sentence, not a name
    expect(coverageLine('Bygningen er forsikret for 7 950 000 kr. Egenandel 15 000 kr, årspris 12 318 kr.')).toBeUndefined();
  });
  it('in a document: read where no other reader read the line, and the change it was taken for is no longer warned', () => {
    const p = parse('Forsikringsnummer 55501234\n\nOversikt etter fornyelsen:\nBygning | kr 9 400 000 | egenandel kr 15 000 | kr 14 120 per år\nVarer | kr 700 000 | egenandel kr 10 000 | kr 1 980 per år\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', '9400000', '15000', '14120'],
      ['Varer', '700000', '10000', '1980'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a letter\'s list of what is insured, each part between dashes one thing', () => {
  // «Husforsikring – Myrveien 7, 1472 Fjellhamar – 12 840 kr per år» (a forwarded renewal e-mail)
  it('the product, its place, then each figure in a part of its own — the street\'s number no figure', () => {
    expect(coverageLine('Husforsikring – Lerkeveien 12, 3048 Drammen – 11 520 kr per år')).toEqual({
      product: 'Husforsikring',
      object: 'Lerkeveien 12, 3048 Drammen',
      index_class: 'bygninger',
      premium: '11520',
    });
    expect(coverageLine('Innboforsikring – Lerkeveien 12, 3048 Drammen – sum 870 000 kr – 2 904 kr per år')).toMatchObject({ product: 'Innboforsikring', sum: '870000', premium: '2904' });
  });
  // «Bilforsikring Kasko – Toyota RAV4 – 9 480 kr per år»
  it('a cover level after the product\'s name is its coverage; a vehicle\'s make and model the thing insured', () => {
    expect(coverageLine('Bilforsikring Kasko – Volvo XC40 – 8 160 kr per år')).toMatchObject({ product: 'Bilforsikring', coverage: 'Kasko', object: 'Volvo XC40', premium: '8160' });
  });
  it('a part that is no placed figure, a limit per claim, or a cover level in the thing\'s place: not read', () => {
    expect(coverageLine('Husforsikring – Lerkeveien 12, 3048 Drammen – 11 520 kr')).toBeUndefined();
    expect(coverageLine('Ansvarsforsikring – Lerkeveien 12, 3048 Drammen – 10 000 000 kr per skade')).toBeUndefined();
    expect(coverageLine('Husforsikring – Fullverdi – 11 520 kr per år')).toBeUndefined();
  });
});

describe('a row of aligned cells whose figures are labelled in their cells', () => {
  // private-holdout73/eika-viktig-informasjon-om-din-forsikring, lines 25–27, under «Dette får dere»: read as one line of
  // text the street's number was the first figure, and the rows were lost
  const doc = [
    'Forsikringsnr.: 2210-44871',
    '',
    'Dette får dere',
    '  Villa Topp         Bjørkelia 22, 1930 Aurskog      Fullverdi          egenandel  8 000 kr    pris 12 960 kr/år',
    '  Innbo Topp         Bjørkelia 22, 1930 Aurskog      2 100 000 kr       egenandel  6 000 kr    pris  4 480 kr/år',
    '  Bil Kasko          EL 48213 Tesla Model Y                             egenandel 10 000 kr    pris  9 870 kr/år',
    '',
  ].join('\n');
  it('reads the name, its place or vehicle, and the figures by their labels', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [`${c.product}${c.coverage ? ` ${c.coverage}` : ''}`, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Villa Topp', 'Bjørkelia 22, 1930 Aurskog', undefined, '8000', '12960'],
      ['Innbo Topp', 'Bjørkelia 22, 1930 Aurskog', '2100000', '6000', '4480'],
      ['Bil Kasko', 'EL 48213 Tesla Model Y', undefined, '10000', '9870'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a labelled sum in millions («Sum: NOK 1,1 mill.») is read with its word of millions, never as 1,1 kroner', () => {
    // (103 söderberg's WeasyPrint PDF: «Båt Kasko | Windy 29 Grand Mistral, reg. HTR 220 Sum: NOK 1,1 mill. | Egenandel: NOK 10 000 | …»)
    expect(coverageLine('Båt: sum NOK 1,1 mill., egenandel NOK 10 000')).toMatchObject({ sum: '1100000', deductible: '10000' });
    expect(coverageLine('Hytte: forsikringssum kr 2,5 millioner, egenandel kr 8 000')).toMatchObject({ sum: '2500000', deductible: '8000' });
  });
  it('«kr/år» is a price per year, no second limit', () => {
    expect(coverageLine('Villa: egenandel 8 000 kr, 12 960 kr/år')).toMatchObject({ deductible: '8000', premium: '12960' });
    expect(coverageLine('Ansvar: 20 000 000 per skade / 40 000 000 per år, egenandel 10 000 kr')).toBeUndefined();
  });
});

describe('a record: a name over a line of its labelled figures, whatever separates them', () => {
  // 77/codan-viktig-informasjon-bedrift: «Bygning – Elvebakken 3, 9510 Alta» over «Forsikringssum kr 9 850 000 · Egenandel kr 15 000 · Premie kr 18 760»
  it('«·» between the figures, the place after the dash', () => {
    expect(coverageRecord('Bygning – Fjordgata 8, 6800 Førde', 'Forsikringssum kr 6 400 000 · Egenandel kr 10 000 · Premie kr 12 310')).toEqual({
      product: 'Bygning',
      object: 'Fjordgata 8, 6800 Førde',
      index_class: 'bygninger',
      sum: '6400000',
      deductible: '10000',
      premium: '12310',
    });
  });
  // 77/if-nyheter-og-endringer-privat: «• Innbo – Bjørkeveien 3, 3711 Skien» over «Forsikringssum 1 289 000 kr. Egenandel 6 000 kr. Pris per år 3 216 kr.»
  it('full stops between the figures, «kr» after the number, «Pris per år»; a level sentence and a vehicle by its plate', () => {
    expect(coverageRecord('Innbo – Lerkeveien 12, 3015 Drammen', 'Forsikringssum 950 000 kr. Egenandel 4 000 kr. Pris per år 2 880 kr.')).toMatchObject({ sum: '950000', deductible: '4000', premium: '2880' });
    expect(coverageRecord('Bil – Skoda Octavia, EB 41822', 'Delkasko. Egenandel 4 000 kr. Pris per år 3 960 kr.')).toMatchObject({ product: 'Bil', object: 'Skoda Octavia, EB 41822', coverage: 'Delkasko', deductible: '4000', premium: '3960' });
    expect(coverageRecord('Hus – Lerkeveien 12, 3015 Drammen', 'Fullverdiforsikret. Egenandel 8 000 kr; Pris per år 9 870 kr')).toMatchObject({ deductible: '8000', premium: '9870' });
  });
  // «Driftstap – Elvebakken 3, 9510 Alta» over «Forsikringssum kr 4 000 000 (førsterisiko, indeksreguleres ikke) · Premie kr 3 980»
  it('a labelled sum on first risk', () => {
    expect(coverageRecord('Avbrudd', 'Forsikringssum kr 2 000 000 (førsterisiko) – Premie kr 2 150')?.sum).toEqual({ first_risk: '2000000' });
  });
  // 43/frende-epost-bedrift-forde: «* Næringsbygg - Fjordgata 9, 6800 Førde» over «Bygningen er forsikret for 7 950 000 kr. Egenandel 15 000 kr, årspris 12 318 kr.»
  it('a figure line of sentences, each figure after its own role word: the name line names the product and place', () => {
    expect(coverageRecord('Næringsbygg - Sjøgata 3, 8006 Bodø', 'Bygningen er forsikret for 5 200 000 kr. Egenandel 10 000 kr, årspris 8 730 kr.')).toMatchObject({
      product: 'Næringsbygg',
      object: 'Sjøgata 3, 8006 Bodø',
      sum: '5200000',
      deductible: '10000',
      premium: '8730',
    });
  });
  it('an amount with no label, a line with a name of its own, a change: no record', () => {
    expect(coverageRecord('Bygning', 'Forsikringssum kr 6 400 000 · kr 10 000 · Premie kr 12 310')).toBeUndefined();
    expect(coverageRecord('Bygning', 'Varelager: 650 000 kr, egenandel 10 000 kr')).toBeUndefined();
    expect(coverageRecord('Bygning', 'Egenandel økes til kr 15 000')).toBeUndefined();
  });
  it('in a document: the name line and the line under it', () => {
    const p = parse('Forsikringsnummer 55501234\n\nForsikringsoversikt\n\nLøsøre – Fjordgata 8, 6800 Førde\nForsikringssum kr 1 200 000 · Egenandel kr 10 000 · Premie kr 3 115\n\nAnsvar\nForsikringssum kr 10 000 000 · Egenandel kr 10 000 · Premie kr 4 020\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Løsøre', '1200000', '3115'],
      ['Ansvar', '10000000', '4020'],
    ]);
  });
});

describe('a name line over a paragraph of its sentences', () => {
  // 80/landkreditt-gardsforsikring-forsikringsbevis-2025: «Driftsbygning – Øvre Haugland, Hauglandsvegen 77» over «Bygningen er
  // forsikra for 7 400 000 kroner. Eigenandelen er 10 000 kroner, og premien for året er 14 880 kroner.»
  it('the place after the dash by its street and number, each figure by its role word', () => {
    expect(coverageRecord('Kornlåve – Nordre Moen, Moavegen 14', 'Låven er forsikra for 2 850 000 kroner. Eigenandelen er 8 000 kroner, og premien for året er 5 730 kroner.')).toEqual({
      product: 'Kornlåve',
      object: 'Nordre Moen, Moavegen 14',
      index_class: 'bygninger',
      sum: '2850000',
      deductible: '8000',
      premium: '5730',
    });
  });
  it('a lot for a place', () => {
    expect(coverageRecord('Driftsbygning – Gnr 12 Bnr 3', 'Bygningen er forsikret for 4 100 000 kroner med egenandel 10 000 kroner. Premien er 8 220 kroner.')).toMatchObject({ object: 'Gnr 12 Bnr 3', sum: '4100000' });
  });
  // «Bustadhus – …» over «Bustadhuset er forsikra til fullverdi. Eigenandel 10 000 kroner, premie 8 110 kroner.»
  it('a sentence of its full value: no sum, the figures after it read', () => {
    expect(coverageRecord('Våningshus – Søndre Li, Livegen 3', 'Våningshuset er forsikra til fullverdi. Eigenandel 8 000 kroner, premie 7 260 kroner.')).toEqual({
      product: 'Våningshus',
      object: 'Søndre Li, Livegen 3',
      index_class: 'bygninger',
      deductible: '8000',
      premium: '7260',
    });
  });
  // «Landbruksmaskinar og reiskap» over «Maskinane og reiskapen er forsikra for 3 600 000 kroner med eigenandel 10 000 kroner. Premien er 9 240 kroner.»
  it('a product name alone: the name line names the product, not the sentence’s subject', () => {
    expect(coverageRecord('Landbruksmaskiner og redskap', 'Maskinene og redskapen er forsikret for 2 200 000 kroner med egenandel 6 000 kroner. Premien er 5 980 kroner.')).toMatchObject({
      product: 'Landbruksmaskiner og redskap',
      sum: '2200000',
      deductible: '6000',
      premium: '5980',
    });
  });
  it('a name alone over a paragraph that says more — a cover level, a place of its own, one figure, a sentence of no figure — is not a record', () => {
    expect(coverageRecord('Bilforsikring', 'Bilen din har kasko med egenandel kr 6 000 og årspremie kr 7 100.')).toBeUndefined();
    expect(coverageRecord('Innboforsikring', 'Innboet i Fjellstien 6, 7049 Trondheim er forsikret for kr 900 000 med egenandel kr 4 000.')).toBeUndefined();
    expect(coverageRecord('Innboforsikring', 'Egenandelen er kr 4 000.')).toBeUndefined();
    // (docs/frende-bevis-prosa-2025: a certificate's title over its sentence is the prose reader's)
    expect(coverageRecord('Forsikringsbevis Verktøy og utstyr', 'Verktøyet er forsikret for kr 400 000 med egenandel kr 5 000.')).toBeUndefined();
    expect(coverageRecord('Innboforsikring', 'Innboet er forsikret for kr 900 000 med egenandel kr 4 000. Vilkårene følger vedlagt.')).toBeUndefined();
  });
  it('read in a document: the name line, then the paragraph’s lines run on', () => {
    const p = parse('Forsikringsbevis\n\nMaskiner og redskap\nMaskinene og redskapen er forsikra for 1 900 000 kroner med eigenandel\n10 000 kroner. Premien er 4 870 kroner.\n');
    expect(p.coverages).toEqual([{ product: 'Maskiner og redskap', index_class: 'maskin_losore', sum: '1900000', deductible: '10000', premium: '4870' }]);
  });
});

describe('a cover\'s name with the bracket that limits it', () => {
  // 98/nemi-forsikringsbevis-bat-2025: «• Maskinskade (motor inntil 10 år)» over «Egenandel: kr 15 000,-»
  it('keeps a bracket with a limit\'s word and a figure as part of the name', () => {
    expect(coverageRecord('Maskinskade (båter under 15 år)', 'Egenandel: kr 10 000')?.product).toBe('Maskinskade (båter under 15 år)');
    expect(coverageRecord('Kasko (skrog og motor)', 'Egenandel: kr 10 000')?.product).toBe('Kasko');
  });
});

describe('a business «Min side» page: bullets over their figures set apart by middle dots', () => {
  // «• Inventar, utstyr og IT i kontorlokalene, Storgata 5, 3611 Kongsberg» / «  Forsikringssum 850 000 kr · Egenandel …»
  it('a name with the address at its end: the product before it, the premises\' words in the definite form left out', () => {
    const c = coverageRecord('Maskiner og inventar i verkstedlokalet, Industrivegen 3, 7300 Orkanger', 'Forsikringssum 1 200 000 kr · Egenandel 10 000 kr · 5 120 kr/år');
    expect([c?.product, c?.object, c?.sum, c?.premium]).toEqual(['Maskiner og inventar', 'Industrivegen 3, 7300 Orkanger', '1200000', '5120']);
  });
  it('«Avbrudd inntil 12 måneder»: the indemnity period\'s limit is no part of the name', () => {
    expect(coverageRecord('Driftsavbrudd inntil 24 måneder', 'Forsikringssum 2 000 000 kr · Egenandel 10 000 kr · 1 980 kr/år')?.product).toBe('Driftsavbrudd');
  });
  it('an indefinite «i leide lokaler» is the cover\'s name, kept', () => {
    expect(coverageRecord('Bygningsmessig innredning i leide lokaler', 'Forsikringssum 400 000 kr · Egenandel 10 000 kr · 990 kr/år')?.product).toBe('Bygningsmessig innredning i leide lokaler');
  });
  it('«Yrkesskade, 6 ansatte» over «Erstatning etter lov · 7 380 kr/år»: the cover and its price', () => {
    expect(coverageRecord('Yrkesskade, 4 ansatte', 'Erstatning etter lov · 5 120 kr/år')).toEqual({ product: 'Yrkesskade', index_class: 'none', premium: '5120' });
  });
});

describe('a sum\'s form before the first amount of a line of figures', () => {
  // a housing co-operative's portal page: «Felles løsøre   Førsterisiko 250 000 kr · Egenandel 15 000 kr · Pris per år 1 120 kr»
  it('is the sum\'s, on first risk — no part of the name', () => {
    expect(coverageLine('Felles løsøre   Førsterisiko 250 000 kr · Egenandel 15 000 kr · Pris per år 1 120 kr')).toEqual({
      product: 'Felles løsøre', index_class: 'maskin_losore', sum: { first_risk: '250000' }, deductible: '15000', premium: '1120',
    });
    expect(coverageLine('Løsøre i fellesrom   Fyrsterisiko 100 000 kr · Eigenandel 10 000 kr · Pris per år 640 kr')?.sum).toEqual({ first_risk: '100000' });
  });
});

describe('a cover\'s indemnity period in its name', () => {
  // a confirmation letter's dashes: «- Avbrot inntil 12 månader: kr 1 100 000, pris kr 2 475 i året»
  it('is the name\'s, its figure no amount; a labelled price «i året» is the price with no deductible on the line', () => {
    expect(coverageLine('Avbrot inntil 12 månader: kr 1 100 000, pris kr 2 475 i året')).toEqual({ product: 'Avbrot inntil 12 månader', index_class: 'none', sum: '1100000', premium: '2475' });
    expect(coverageLine('Driftsavbrudd, ansvarstid 18 mnd: kr 6 400 000, pris kr 5 120 i året')?.product).toBe('Driftsavbrudd, ansvarstid 18 mnd');
    expect(coverageLine('Bygg 2: kr 1 000 000, egenandel kr 10 000')).toBeUndefined();
  });
});

describe('a sentence that leads into the list of what is insured, naming where', () => {
  // a confirmation letter: «Dette har de forsikra i salongen i Vangsgata 41, 5700 Voss:» over its dashes of covers
  const text = [
    'Forsikringsnummeret ditt er 4410 2208.',
    '',
    'Dette er forsikret i verkstedet på Industrivegen 7, 2380 Brumunddal:',
    '',
    '- Maskiner og verktøy: kr 420 000, egenandel kr 6 000, pris kr 2 140 i året',
    '- Glass og skilt, førsterisiko kr 40 000, egenandel kr 3 000, pris kr 510 i året',
    '- Driftsavbrudd inntil 12 måneder: kr 900 000, pris kr 1 980 i året',
    '- Ansvar: kr 10 000 000, egenandel kr 5 000, pris kr 1 640 i året',
    '',
  ].join('\n');
  it('gives that place to the things insured there; liability and loss of income have none', () => {
    // (the rows in the list's order: the bullet-list reader takes the whole list)
    expect(parse(text).coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Maskiner og verktøy', 'Industrivegen 7, 2380 Brumunddal'],
      ['Glass og skilt', 'Industrivegen 7, 2380 Brumunddal'],
      ['Driftsavbrudd inntil 12 måneder', undefined],
      ['Ansvar', undefined],
    ]);
  });
});

describe('work done once over the units', () => {
  // «Varelager: fullverdi, egenandel etter avtale» — every amount pattern holds a digit: a line with none states no figure
  it('a line with no digit is no coverage line, whatever its labels', () => {
    expect(coverageLine('Varelager: fullverdi, egenandel etter avtale, årspris inkludert')).toBeUndefined();
    expect(coverageLine('Bygning – Storgata 1, Oslo – forsikringssum etter takst – pris etter avtale')).toBeUndefined();
  });
  // what a reading keeps of its units (no record, no line there) is its own: another document read between changes nothing
  it('a document reads the same when read again after another', () => {
    const a = 'Vi bekrefter at følgende er forsikret:\n\nVarelager: 820 000 kr, egenandel 10 000 kr, årspris 2 310 kr.\nDriftsløsøre: 450 000 kr, egenandel 10 000 kr, årspris 1 120 kr.\n';
    const b = 'Næringsbygg kr 9 400 000 egenandel kr 15 000 kr 14 120 per år\n';
    const first = parse(a);
    expect(first.coverages?.map((c) => c.product)).toEqual(['Varelager', 'Driftsløsøre']);
    parse(b);
    expect(parse(a)).toEqual(first);
  });
});

describe('a thing at its address, and a list of the sums', () => {
  // private-holdout112/frende-borettslag-fornying: «- Bygning Fjellsida 2, 5067 Bergen: kr 92 400 000, eigenandel kr 10 000,
  // premie kr 88 320»; private-holdout112/protector-epost-fornyelse-megler: «Bygning, Ringvegen 18, 2815 Gjøvik: 27 330 000»
  it('the product and its place with no dash, after a comma or a space', () => {
    expect(productThenPlace('Bygning, Ringvegen 18, 2815 Gjøvik')).toEqual({ product: 'Bygning', object: 'Ringvegen 18, 2815 Gjøvik' });
    expect(productThenPlace('Maskin og løsøre, Ringvegen 18, 2815 Gjøvik')).toEqual({ product: 'Maskin og løsøre', object: 'Ringvegen 18, 2815 Gjøvik' });
    expect(productThenPlace('Næringsbygg Havnegata 4, 8006 Bodø')).toEqual({ product: 'Næringsbygg', object: 'Havnegata 4, 8006 Bodø' });
    // (no place, or a name the index-class table does not know: no split)
    expect(productThenPlace('Bygning')).toBeUndefined();
    expect(productThenPlace('Kari Nordmann, Havnegata 4, 8006 Bodø')).toBeUndefined();
  });
  it('a line of a place\'s figures whose name holds the street\'s number and postcode', () => {
    expect(coverageLine('Næringsbygg Havnegata 4, 8006 Bodø: kr 18 400 000, egenandel kr 15 000, premie kr 21 760')).toEqual({
      product: 'Næringsbygg',
      object: 'Havnegata 4, 8006 Bodø',
      index_class: 'bygninger',
      sum: '18400000',
      deductible: '15000',
      premium: '21760',
    });
  });
  // «- Husleigetap: 12 månader, inntil kr 4 800 000, premie kr 2 610»
  it('an indemnity period before a limit: the limit is the sum, the period the note', () => {
    expect(coverageLine('Husleietap: 24 måneder, inntil kr 3 600 000, premie kr 1 980')).toMatchObject({ product: 'Husleietap', sum: '3600000', premium: '1980', note: '24 måneder' });
  });
  it('a sum line: a name, perhaps its place, and one amount; a bracket that says no index makes the class none', () => {
    expect(sumLine('Lagerbygg, Industrivegen 7, 2850 Lena: 6 150 000')).toEqual({ product: 'Lagerbygg', object: 'Industrivegen 7, 2850 Lena', index_class: 'bygninger', sum: '6150000' });
    expect(sumLine('Bedriftsansvar: 20 MNOK (ikke indeksregulert)')).toEqual({ product: 'Bedriftsansvar', index_class: 'none', sum: '20000000' });
    expect(sumLine('Varer: kr 800 000 (førsterisiko)')).toMatchObject({ product: 'Varer', sum: { first_risk: '800000' } });
    // (a change's words, or a figure that is no amount: no sum line)
    expect(sumLine('Bygning: økes fra 25 000 til 50 000')).toBeUndefined();
    expect(sumLine('Yrkesskade: 14 ansatte')).toBeUndefined();
  });
  it('under «Forsikringssummer etter indeks:» each line is a coverage with its sum', () => {
    const p = parse(
      'Polisenummer 2210044\n\nForsikringssummene etter indeksregulering:\nLagerbygg, Industrivegen 7, 2850 Lena: 6 150 000\nKiosk Storgata 2, 2850 Lena: 900 000\nVarer, Industrivegen 7, 2850 Lena: 2 400 000\nBedriftsansvar: 20 MNOK (ikke indeksregulert)\n\nMed vennlig hilsen\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.index_class])).toEqual([
      ['Lagerbygg', 'Industrivegen 7, 2850 Lena', '6150000', 'bygninger'],
      ['Varer', 'Industrivegen 7, 2850 Lena', '2400000', 'varer'],
      ['Bedriftsansvar', undefined, '20000000', 'none'],
    ]);
  });
  it('without a line that says they are the sums, a name and one amount is not read', () => {
    const p = parse('Polisenummer 2210044\n\nLagerbygg, Industrivegen 7, 2850 Lena: 6 150 000\n\nMed vennlig hilsen\n');
    expect(p.coverages ?? []).toEqual([]);
  });
});
