import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A tab table's name cell wrapped onto a line of its own (src/parse/schedule-wrap.ts), after
// docs/hdi-polise-tabulator-sideskift-2026.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Polise nr.:\tNO-25-PR-00871\n\nDekning\tSted\tForsikringssum NOK\tEgenandel NOK\tPremie NOK\n';

describe('a product name that wraps under its row', () => {
  // «Produkt- og		20.000.000	100.000	38.400» / «bedriftsansvar»
  it('«Produkt- og» over «bedriftsansvar»: one name, the hyphen kept before «og», the rows after it still read', () => {
    const p = parse(`${HEAD}Produkt- og\t\t20.000.000\t100.000\t38.400\nbedriftsansvar\nStyreansvar\t\t10.000.000\t25.000\t9.120\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class, c.premium])).toEqual([
      ['Produkt- og bedriftsansvar', 'none', '38400'],
      ['Styreansvar', 'none', '9120'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // «Bedrifts-		5.000.000	25.000	4.800» / «ansvar for underentreprenører»
  it('«Bedrifts-» over «ansvar for underentreprenører»: a word broken at its hyphen, joined without it', () => {
    const p = parse(`${HEAD}Bedrifts-\t\t5.000.000\t25.000\t4.800\nansvar for underentreprenører\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bedriftsansvar for underentreprenører']);
  });
  // «Driftsavbrudd,		18.000.000	50.000	22.900» / «12 mnd ansvarstid»
  it('«Driftsavbrudd,» over «12 mnd ansvarstid»: the indemnity period is the row\'s note, not its name', () => {
    const p = parse(`${HEAD}Driftsavbrudd,\t\t18.000.000\t50.000\t22.900\n12 mnd ansvarstid\n`);
    expect(p.coverages).toEqual([{ product: 'Driftsavbrudd', index_class: 'none', sum: '18000000', deductible: '50000', premium: '22900', note: '12 mnd ansvarstid' }]);
  });
  it('a name cut after «og» whose rest is not found: no row, a warning', () => {
    const p = parse(`${HEAD}Produkt- og\t\t20.000.000\t100.000\t38.400\n\nVilkår gjelder.\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the name «Produkt- og» is cut off and its rest was not found; the row was not read']);
  });
  // docs/gjensidige-gardsbevis-ombrutte-produktnavn-2027 printed with groff: the table's last row
  // «Gårdsforsikring – | Norden | 5 000 000 | 10 000 | 2 310», its name's rest «ansvar landbruk» on the line under it
  it('«Gårdsforsikring –» over «ansvar landbruk»: the dash before the class word is no name\'s end', () => {
    const p = parse(`${HEAD}Gårdsforsikring –\tNorden\t5.000.000\t10.000\t2.310\nansvar landbruk\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.premium])).toEqual([['Gårdsforsikring – ansvar landbruk', 'Norden', 'none', '2310']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Gårdsforsikring –» with no rest: a warning, never a row of class other', () => {
    const p = parse(`${HEAD}Gårdsforsikring –\tNorden\t5.000.000\t10.000\t2.310\n\nVilkår gjelder.\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the name «Gårdsforsikring –» is cut off and its rest was not found; the row was not read']);
  });
});

describe('a letterhead with the page number inside the table', () => {
  // «HDI Global Specialty SE, filial | Side 2 av 2» where the table goes on after a page break
  it('is no row, and the table goes on', () => {
    const p = parse(`${HEAD}Næringsbygg\tKaiveien 4, 8006 Bodø\t42.500.000\t50.000\t61.200\nHDI Global Specialty SE, filial\tSide 2 av 2\nStyreansvar\t\t10.000.000\t25.000\t9.120\nTotal premie\t\t\t\t70.320\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Næringsbygg', 'Styreansvar']);
    expect(p.warnings).toEqual([]);
  });
});

describe('a whole name whose rest begins with a joining word', () => {
  // after a farm overview: «Driftsbygning fjøs	Skjelbredvegen 112	kr 11 640 000	…» over «med låve og silo»
  it('«Driftsbygning fjøs» over «med låve og silo»: one name, and the rows after it are read', () => {
    const p = parse(`${HEAD}Driftsbygning fjøs\tSkjelbredvegen 112\tkr 11 640 000\tkr 20 000\tkr 27 318\nmed låve og silo\nMaskinhus\tSkjelbredvegen 114\tkr 2 380 000\tkr 10 000\tkr 4 206\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Driftsbygning fjøs med låve og silo', 'Skjelbredvegen 112'],
      ['Maskinhus', 'Skjelbredvegen 114'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a lower-case line that begins with no joining word is no part of the name', () => {
    const p = parse(`${HEAD}Driftsbygning fjøs\tSkjelbredvegen 112\tkr 11 640 000\tkr 20 000\tkr 27 318\nlåve og silo er ikke med\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Driftsbygning fjøs']);
  });
});

describe('a text cell beside the name that wraps, as a PDF lays the row out', () => {
  const KOMMUNE = 'Avtalenummer:\t40-771 204\n\nForsikring\tDekning\tForsikringssum\tEgenandel\tÅrspremie\n';
  // a kommune's overview as LibreOffice sets it: «Motorvogn | 41 kjøretøy etter | | 8 000 | 312 650» over «kjøretøyliste» alone
  it('«41 kjøretøy etter» over «kjøretøyliste»: the cover cell cut after «etter» goes on (a half cell was the coverage)', () => {
    const p = parse(`${KOMMUNE}Motorvogn\t41 kjøretøy etter\t\t8 000\t312 650\nkjøretøyliste\nKommunalt ansvar\tNorden\t100 000 000\t50 000\t164 200\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.premium])).toEqual([
      ['Motorvogn', '41 kjøretøy etter kjøretøyliste', '312650'],
      ['Kommunalt ansvar', 'Norden', '164200'],
    ]);
  });
  it('two cells cut open: which goes on is not said, and nothing is joined', () => {
    const p = parse(`${KOMMUNE}Motorvogn\t41 kjøretøy etter\t\t8 000\t312 650\nkjøretøyliste\n`.replace('Forsikring\tDekning', 'Forsikring\tDekning\tSted').replace('41 kjøretøy etter\t', '41 kjøretøy etter\tHamar og\t'));
    expect(p.coverages?.[0]?.coverage).not.toContain('kjøretøyliste');
  });
});

describe('a product name that wraps before its row', () => {
  // a tab table whose name cell wraps before the row's figures, as a building owner's certificate sets it:
  // «Innbo og løsøre i» (its other cells empty) over «fellesareal | Storgata 4, 3510 Hønefoss | 800 000 | 10 000 | 2 310»
  const BEVIS = 'Polisenummer:\t7712 0045\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPris\nBygning, fullverdi\tStorgata 4, 3510 Hønefoss\t12 400 000\t10 000\t14 220\n';
  const TAIL = 'Ansvar\t\t10 000 000\t5 000\t1 980\n';
  it('«Innbo og løsøre i» over «fellesareal | …»: one name, and the row and the rows after it are read', () => {
    const p = parse(`${BEVIS}Innbo og løsøre i\t\t\t\t\nfellesareal\tStorgata 4, 3510 Hønefoss\t800 000\t10 000\t2 310\n${TAIL}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Bygning, fullverdi', 'Storgata 4, 3510 Hønefoss', '12400000', '14220'],
      ['Innbo og løsøre i fellesareal', 'Storgata 4, 3510 Hønefoss', '800000', '2310'],
      ['Ansvar', undefined, '10000000', '1980'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Maskiner og» over «utstyr | …» with no empty cells on the first line: the same', () => {
    const p = parse(`${BEVIS}Maskiner og\nutstyr\tStorgata 4, 3510 Hønefoss\t1 500 000\t10 000\t3 120\n${TAIL}`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bygning, fullverdi', 'Maskiner og utstyr', 'Ansvar']);
    expect(p.warnings).toEqual([]);
  });
  it('a name of its own over rows whose names begin in capitals ends the table, and each row it leaves unread is said', () => {
    const p = parse(`${BEVIS}Innbo og løsøre\t\t\t\t\nFellesareal\tStorgata 4, 3510 Hønefoss\t800 000\t10 000\t2 310\n${TAIL}`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bygning, fullverdi']);
    expect(p.warnings).toEqual([
      'line 6: the row «Fellesareal Storgata 4, 3510 Hønefoss 800 000 10 000 2 310» stands under the table «Forsikring Forsikringssted Forsikringssum Egenandel Pris» after a line of text that ended it; not read',
      'line 7: the row «Ansvar 10 000 000 5 000 1 980» stands under the table «Forsikring Forsikringssted Forsikringssum Egenandel Pris» after a line of text that ended it; not read',
    ]);
  });
  it('a sentence over the row is no start of its name', () => {
    const p = parse(`${BEVIS}Prisene gjelder for ett år.\nfellesareal\tStorgata 4, 3510 Hønefoss\t800 000\t10 000\t2 310\n`);
    expect(p.coverages?.map((c) => c.product)).not.toContain('Prisene gjelder for ett år. fellesareal');
  });
});

// A farm's overview with each row's place, or what it counts, on the line under its name, in a table
// with no place column (docs/gjensidige-landbruk-tospalte-sidefot-2027).
describe('a line under a row with its figures', () => {
  const FARM = 'Dette er forsikret\n\nForsikring              Forsikringssum   Årspremie\n';
  it('«Haugsvegen 112, 2850 Lena» under «Våningshus   Fullverdi   8 420»: the row\'s place, and the rows after it still read', () => {
    const p = parse(`${FARM}Våningshus                   Fullverdi       8 420\nHaugsvegen 112, 2850 Lena\nDriftsbygning                9 850 000      14 760\nHaugsvegen 112, 2850 Lena\nLandbruksløsøre              2 600 000       6 910\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Våningshus', 'Haugsvegen 112, 2850 Lena', undefined, '8420'],
      ['Driftsbygning', 'Haugsvegen 112, 2850 Lena', '9850000', '14760'],
      ['Landbruksløsøre', undefined, '2600000', '6910'],
    ]);
  });
  it('«38 mjølkekyr med ungdyr» under «Husdyr storfe   1 980 000   4 470»: a count, the row\'s note — no place, no end of the table', () => {
    const p = parse(`${FARM}Husdyr storfe                1 980 000       4 470\n38 mjølkekyr med ungdyr\nAvling og fôr                  640 000       1 150\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note, c.sum])).toEqual([
      ['Husdyr storfe', undefined, '38 mjølkekyr med ungdyr', '1980000'],
      ['Avling og fôr', undefined, undefined, '640000'],
    ]);
  });
});

describe('a vehicle\'s make, model and year set in on the line under its row', () => {
  // «Traktor       DA 7731      Kasko   10 000 kr   9 640 kr» over «  John Deere 6130R, årsmodell 2019»:
  // what the row insures, described under it — no rest of the plate's cell or the cover's
  const doc = [
    'Avtalenr.      KV-2231907',
    '',
    'Kjøretøy      Kjennemerke  Dekning          Egenandel     Pris per år',
    'Traktor       ZT 4410      Kasko             12 000 kr      8 110 kr',
    '  Massey Ferguson 5713, årsmodell 2020',
    'Personbil     EB 90213     Delkasko           4 000 kr      3 215 kr',
    '  Volvo V60 stasjonsvogn, årsmodell 2018',
    'Tilhenger     HK 1123      Ansvar                 -           690 kr',
    '  Brenderup 750 kg',
    '',
  ].join('\n');
  it('keeps the plate and the cover whole and makes the line the row\'s note', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.note])).toEqual([
      ['Traktor', 'ZT 4410', 'Kasko', 'Massey Ferguson 5713, årsmodell 2020'],
      ['Personbil', 'EB 90213', 'Delkasko', 'Volvo V60 stasjonsvogn, årsmodell 2018'],
      ['Tilhenger', 'HK 1123', 'Ansvar', 'Brenderup 750 kg'],
    ]);
    expect(p.coverages?.map((c) => c.premium?.toString())).toEqual(['8110', '3215', '690']);
  });
});

describe('a place\'s lot and postcode on a row of their own under the place (a PDF\'s wrapped cell)', () => {
  // «Hytte | Sjusjøvegen 212 | 2 750 000 kr | …» over « | Gnr 88 Bnr 41, 2612 Sjusjøen | | | »
  const line = (n: number, cells: string[]) => ({ page: 1, line: n, text: cells.join('\t'), cells });
  const doc = {
    file: 'doc.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
    lines: [
      line(1, ['Polisenummer: 77120-44']),
      line(2, ['Forsikring', 'Forsikringssted', 'Sum', 'Egenandel', 'Pris pr. år']),
      line(3, ['Fritidsbolig', 'Fjellstua 7', '2 400 000 kr', '8 000 kr', '4 870 kr']),
      line(4, ['', 'Gnr 14 Bnr 22, 3550 Gol', '', '', '']),
      line(5, ['Innbo fritidsbolig', 'Fjellstua 7', '300 000 kr', '4 000 kr', '990 kr']),
      line(6, ['', 'Gnr 14 Bnr 22, 3550 Gol', '', '', '']),
    ],
  };
  it('joins the rest to the place with its comma, and the next row is still read', () => {
    const p = extractPolicy(doc, {});
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Fritidsbolig', 'Fjellstua 7, Gnr 14 Bnr 22, 3550 Gol'],
      ['Innbo fritidsbolig', 'Fjellstua 7, Gnr 14 Bnr 22, 3550 Gol'],
    ]);
  });
});

describe('a place column first, its postcode and place alone on the line under the row', () => {
  // docs/tryg-fritidsbolig-sted-forst-postnummer-under-2026: «Solbakken, Gnr 112 Bnr 7   Fritidsbolig   Pluss   2 480 000 …»
  // over «3560 Hemsedal» at the margin
  const table = (rest: string) =>
    textToSource(
      `Forsikringsnummer: 7740 118 256\n\nForsikringssted               Forsikring        Dekning    Forsikringssum   Egenandel   Pris per år\n` +
        `Solbakken, Gnr 112 Bnr 7      Fritidsbolig      Pluss           2 480 000       6 000         5 936\n${rest}\n` +
        `Naustet, Gnr 112 Bnr 9        Uthus             Pluss             220 000       6 000           618\n${rest}\n`,
      'doc.txt',
      '0'.repeat(64),
    );
  it('is the rest of the place, and the rows under it are read', () => {
    const p = extractPolicy(table('3560 Hemsedal'), {});
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Fritidsbolig', 'Solbakken, Gnr 112 Bnr 7, 3560 Hemsedal'],
      ['Uthus', 'Naustet, Gnr 112 Bnr 9, 3560 Hemsedal'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

// A row's place under it over lines of its own, in a table with no place column (placeLinesUnder), and a header wrapped
// at its slash; after /work/private-holdout57's farm and housing certificates, written anew in
// docs/eika-gard-bevis-sted-under-rad-skraastrek-topp-2026.
describe('a place under a row over lines of its own', () => {
  const FARM = 'Produkt /             Sum                     Egenandel      Pris per år\nforsikringssted\n--------------------------------------------------------------------------\n';
  // «Våningshus *          3 920 000               8 000          6 480» / «Ødegården,» / «Gnr 41 Bnr 2, 2850 Lena»
  it('«Ødegården,» over «Gnr 41 Bnr 2, 2850 Lena»: the row\'s object, the description set in under it passed over, the next row read', () => {
    const p = parse(
      `${FARM}Våningshus *          3 920 000               8 000          6 480\nØdegården,\nGnr 41 Bnr 2, 2850 Lena\n  Våningshus i to etasjer, byggeår 1936\nSvinehus              11 750 000              20 000         24 310\nØdegården,\nGnr 41 Bnr 2, 2850 Lena\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Våningshus', 'Ødegården, Gnr 41 Bnr 2, 2850 Lena', '3920000', '6480'],
      ['Svinehus', 'Ødegården, Gnr 41 Bnr 2, 2850 Lena', '11750000', '24310'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // «Bygning boligselskap   Pluss   kr 18 750 000 …» / «Lillehagveien 10,» / «0581 Oslo»
  it('«Lillehagveien 10,» over «0581 Oslo»: a street and its postcode the same', () => {
    const p = parse(`${FARM}Bygning               18 750 000              20 000         17 905\nLillehagveien 10,\n0581 Oslo\nStyreansvar           10 000 000              10 000         3 450\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygning', 'Lillehagveien 10, 0581 Oslo'],
      ['Styreansvar', undefined],
    ]);
  });
  it('a line that is no place under the row still ends the table, as before', () => {
    const p = parse(`${FARM}Bygning               18 750 000              20 000         17 905\nSe vilkårene for hva som gjelder,\nog for hvem.\nStyreansvar           10 000 000              10 000         3 450\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Bygning', undefined]]);
  });
});

describe('a row’s place or thing on a labelled line set in under it', () => {
  // /work/private-holdout67/eika-epost-oversikt-borettslag.txt, test/corpus/docs/fremtind-epost-oversikt-sted-linje-under-rad-2026.txt:
  // «Innbo   Ekstra   NOK 650 000,-   …» over «  Sted: Lindeberg terrasse 12, H0203, 1067 Oslo», «Elsparkesykkel …» over «  Gjelder: …»
  const DOC = [
    'Avtalenr.:       5031188214',
    '',
    'Produkt                    Dekning     Forsikringssum    Egenandel     Pris pr. år',
    'Innbo                      Ekstra      NOK 650 000,-     NOK 4 000,-   NOK 2 736,-',
    '  Sted: Lindeberg terrasse 12, H0203, 1067 Oslo',
    'Reise                      Familie     -                 NOK 500,-     NOK 2 184,-',
    'Elsparkesykkel             Ansvar      -                 NOK 2 000,-   NOK 1 080,-',
    '  Gjelder: Xiaomi Electric Scooter 4 Pro',
    '',
  ].join('\n');

  it('gives the row above its object and reads the rows under it (they were lost)', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.premium])).toEqual([
      ['Innbo', 'Lindeberg terrasse 12, H0203, 1067 Oslo', '2736'],
      ['Reise', undefined, '2184'],
      ['Elsparkesykkel', 'Xiaomi Electric Scooter 4 Pro', '1080'],
    ]);
  });

  it('takes no line at the margin, nor a label that names no place or thing', () => {
    const p = parse(DOC.replace('  Gjelder: Xiaomi', '  Merknad: Xiaomi'));
    expect(p.coverages?.find((c) => c.product === 'Elsparkesykkel')?.object).toBeUndefined();
  });
});

describe('«Summen er førsterisiko» after a sentence that names one row', () => {
  // /work/private-holdout67/eika-epost-oversikt-borettslag.txt: «- Tillegget for borettslagsleilighet dekker … Summen er et
  // førsterisiko-beløp.»; test/corpus/docs/fremtind-epost-oversikt-sted-linje-under-rad-2026.txt: «- Garasjen er … Summen er førsterisiko.»
  const TABLE = 'Avtalenr.: 5031188214\n\nProdukt                    Dekning     Forsikringssum    Egenandel     Pris pr. år\nInnbo                      Ekstra      NOK 650 000,-     NOK 4 000,-   NOK 2 736,-\nGarasje                    Tillegg     NOK 200 000,-     NOK 4 000,-   NOK 648,-\n\n';
  it('makes that row’s sum a first-risk sum (the name also in its definite form)', () => {
    const p = parse(`${TABLE}- Garasjen er frittstående og forsikret for seg. Summen er førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['650000', { first_risk: '200000' }]);
  });
  it('changes nothing where the sentence before names two rows, or none', () => {
    expect(parse(`${TABLE}- Garasjen og innboet er forsikret her. Summen er førsterisiko.\n`).coverages?.map((c) => c.sum)).toEqual(['650000', '200000']);
    expect(parse(`${TABLE}- Takk for praten. Summen er førsterisiko.\n`).coverages?.map((c) => c.sum)).toEqual(['650000', '200000']);
  });
});

// holdout 68, Landkreditt gardsbruk (nynorsk): «Driftsbygning   kr 9 740 000   kr 10 000   kr 17 210» over
// «  (fjøs med silo, byggeår 1976, påbygd 2011)», «Avling og for   kr 350 000 …» over «  (førsterisiko, vert ikkje indeksregulert)»
describe('a bracket of facts under a row (its remark, not its name)', () => {
  const TABLE =
    'Forsikring              Forsikringssum        Eigendel      Premie per år\n' +
    'Driftsbygning           kr 9 740 000          kr 10 000     kr 17 210\n' +
    '  (fjøs med silo, byggeår 1976, påbygd 2011)\n' +
    'Avling og for           kr 350 000            kr 6 000      kr 610\n' +
    '  (førsterisiko, vert ikkje indeksregulert)\n' +
    'Gardsansvar             kr 10 000 000         kr 6 000      kr 1 840\n';
  it('the building\'s year and kind are the row\'s note; a first-risk sum not index-regulated is what the bracket says', () => {
    const p = parse(`Forsikringsnr.: LF 210 4478\n\n${TABLE}`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.index_class, c.note])).toEqual([
      ['Driftsbygning', '9740000', 'bygninger', 'fjøs med silo, byggeår 1976, påbygd 2011'],
      ['Avling og for', { first_risk: '350000' }, 'none', 'førsterisiko, vert ikkje indeksregulert'],
      ['Gardsansvar', '10000000', 'none', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a bracket that only names what the building is («(fjøs og låve)») stays the rest of its name', () => {
    const p = parse('Forsikringsnr.: LF 210 4478\n\nForsikring              Forsikringssum        Eigendel      Premie per år\nDriftsbygning           kr 9 740 000          kr 10 000     kr 17 210\n(fjøs og låve)\nGardsansvar             kr 10 000 000         kr 6 000      kr 1 840\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Driftsbygning (fjøs og låve)', 'Gardsansvar']);
  });
});

// The lines under a table's row with no amounts — its place's rest, its name's rest, its facts and notes — up to the next
// row or a gap (linesUnderRow), after docs/frende-landbruk-bevis-linjer-under-rad-2027.
describe('the lines under a row are the row\'s, and the table goes on', () => {
  const FARM = 'Forsikringsnummer       773044812\n\n';
  // «Vikavegen 118 | kr 6 420 000 | kr 10 000 | kr 17 330» / «Gnr 41 Bnr 2, 6893 Vik i Sogn» / «Fjøs med løe, bygd 1969»
  it('a `|` row\'s place over its lot and a description: the place whole, the next row read, the heading\'s level each row\'s', () => {
    const p = parse(`${FARM}GARDSBYGNINGER                                        Dekning: Standard\nForsikringssted | Forsikringssum | Egenandel | Årspremie\nVikavegen 118 | kr 6 420 000 | kr 10 000 | kr 17 330\nGnr 41 Bnr 2, 6893 Vik i Sogn\nFjøs med løe, bygd 1969\nVikavegen 120 | kr 2 150 000 | kr 10 000 | kr 5 810\nGnr 41 Bnr 4, 6893 Vik i Sogn\n\nBygningssummene blir indeksregulerte ved hovudforfall.\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum])).toEqual([
      ['GARDSBYGNINGER', 'Standard', 'Vikavegen 118, Gnr 41 Bnr 2, 6893 Vik i Sogn', '6420000'],
      ['GARDSBYGNINGER', 'Standard', 'Vikavegen 120, Gnr 41 Bnr 4, 6893 Vik i Sogn', '2150000'],
    ]);
  });
  // «Driftslausøyre   kr 1 900 000 …» / «  Vikavegen 118» / «  Gnr 41 Bnr 2, 6893 Vik i Sogn» / «  (traktor, …)»; «  førsterisiko»
  it('lines set in under aligned rows: street and lot are the place, «førsterisiko» and «Indeksreguleres ikke» the row\'s facts', () => {
    const p = parse(`${FARM}Objekt                          Forsikringssum     Egenandel    Årspremie\nDriftslausøyre                  kr 1 900 000       kr 10 000    kr 5 320\n  Vikavegen 118\n  Gnr 41 Bnr 2, 6893 Vik i Sogn\n  (traktor, slåmaskin, rundballepresse)\nVarelager                       kr 300 000         kr 10 000    kr 690\n  førsterisiko\nHusdyr (sau)                    kr 640 000         kr 10 000    kr 1 660\n  Indeksreguleres ikke\nGardsansvar                     kr 10 000 000      kr 5 000     kr 2 240\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.index_class])).toEqual([
      ['Driftslausøyre', 'Vikavegen 118, Gnr 41 Bnr 2, 6893 Vik i Sogn', '1900000', 'maskin_losore'],
      ['Varelager', undefined, { first_risk: '300000' }, 'varer'],
      ['Husdyr (sau)', undefined, '640000', 'none'],
      ['Gardsansvar', undefined, '10000000', 'none'],
    ]);
  });
  // «Rundballepresse Krone   Brann, tyveri   640.000 kr …» / «  Comprima V150 (ny)»
  it('a short line set in under a thing\'s name, no comma and no fact: the name\'s rest', () => {
    const p = parse(`${FARM}Uregistrerte maskiner og redskap\nMaskin                         Dekning          Forsikringssum     Egenandel    Pris/år\nRundballepresse Krone          Brann, tyveri    640.000 kr         10.000 kr    3.150 kr\n  Comprima V150 (ny)\nSlåmaskin og river             Brann, tyveri    310.000 kr         10.000 kr    1.420 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Uregistrerte maskiner og redskap', 'Rundballepresse Krone Comprima V150 (ny)', '640000'],
      ['Uregistrerte maskiner og redskap', 'Slåmaskin og river', '310000'],
    ]);
  });
  // 76/eika-landbruksmaskiner-epost printed: «Rundballepresse Krone | Brann, tyveri | 640.000 kr | …» over «Comprima V150 (ny)»
  // at the row's margin, the next row under it — a PDF lost the set-in: the name's rest or a note, nothing shows
  it('in a PDF, the same line at the row\'s margin: the object is left out and warned, never cut short', () => {
    const line = (n: number, cells: string[]) => ({ page: 1, line: n, text: cells.join('\t'), cells });
    const p = extractPolicy(
      {
        file: 'doc.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
        lines: [
          line(1, ['Polisenummer: 77120-44']),
          line(2, ['Uregistrerte maskiner og redskap']),
          line(3, ['Maskin', 'Dekning', 'Forsikringssum', 'Egenandel', 'Pris/år']),
          line(4, ['Rundballepresse Krone', 'Brann, tyveri', '640.000 kr', '10.000 kr', '3.150 kr']),
          line(5, ['Comprima V150 (ny)']),
          line(6, ['Slåmaskin og river', 'Brann, tyveri', '310.000 kr', '10.000 kr', '1.420 kr']),
        ],
      },
      {},
    );
    expect(p.coverages?.map((c) => [c.object, c.sum])).toEqual([
      [undefined, '640000'],
      ['Slåmaskin og river', '310000'],
    ]);
    expect(p.warnings.some((w) => w.includes('«Comprima V150 (ny)»') && w.includes('line 4'))).toBe(true);
  });
  // a line under the rows that heads what follows, over a header: no row's
  it('a line right over another header is no row\'s line', () => {
    const p = parse(`${FARM}Forsikring | Forsikringssum | Egenandel\nBygning | kr 2 000 000 | kr 10 000\nTilleggsdekninger\nDekning | Forsikringssum | Egenandel\nSkadedyr | kr 100 000 | kr 5 000\n`);
    expect(p.coverages?.[0]?.note).toBeUndefined();
  });
});

describe('a place cell that ends in a comma, its postcode on the PDF line under it, under a header the vocabulary does not know', () => {
  // a broker's overview: «Tryg | Næringsbygg | … | Kongsgårdmoen 9, | 14 200 000 | …» over « | | | 3616 Kongsberg | | | »,
  // its place column headed «Lokalisering», which names no column
  const line = (n: number, cells: string[]) => ({ page: 1, line: n, text: cells.join('\t'), cells });
  const doc = {
    file: 'doc.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
    lines: [
      line(1, ['Forsikringsoversikt 2027 – Kongsberg Stål AS']),
      line(2, ['Selskap', 'Forsikring', 'Avtalenr.', 'Lokalisering', 'Forsikringssum', 'Egenandel', 'Premie']),
      line(3, ['Tryg', 'Næringsbygg', '5512 7781', 'Kongsgårdmoen 9,', '14 200 000', '20 000', '18 400']),
      line(4, ['', '', '', '3616 Kongsberg', '', '', '']),
      line(5, ['Tryg', 'Varer', '5512 7781', 'Kongsgårdmoen 9,', '1 500 000', '10 000', '2 100']),
      line(6, ['', '', '', '3616 Kongsberg', '', '', '']),
    ],
  };
  it('the postcode line is the rest of the row\'s cell, never the whole place', () => {
    const p = extractPolicy(doc, {});
    for (const c of p.coverages ?? []) expect(c.object).not.toBe('3616 Kongsberg');
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Næringsbygg', 'Kongsgårdmoen 9, 3616 Kongsberg'],
      ['Varer', 'Kongsgårdmoen 9, 3616 Kongsberg'],
    ]);
  });
});

describe('a sentence set in under a row', () => {
  // 79/landkreditt-forsikringsbevis-gard: «Kårbolig   2 100 000 kr   10 000 kr   4 215 kr» over «  Forsikringssummen for
  // kårboligen er avtalt fast og indeksreguleres ikke.», then «Innbo våningshus   1 200 000 kr …» — the row was lost
  const TABLE = 'Forsikringsbevis\nForsikringsnummer: 7712-04\n\nObjekt                  Sum                Egenandel      Premie\n';
  it('is the row’s note, and the rows under it are read', () => {
    const p = parse(
      `${TABLE}Stabbur                 640 000 kr         6 000 kr        1 180 kr\n  Stabburet er fredet og forsikres til avtalt sum.\nInnbo                   900 000 kr         4 000 kr        2 460 kr\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Stabbur', '640000', '6000', '1180'],
      ['Innbo', '900000', '4000', '2460'],
    ]);
    expect(p.coverages?.[0]?.note).toBe('Stabburet er fredet og forsikres til avtalt sum.');
  });
  it('a sentence at the row’s margin still ends the table', () => {
    const p = parse(`${TABLE}Stabbur                 640 000 kr         6 000 kr        1 180 kr\nStabburet er fredet og forsikres til avtalt sum.\nInnbo                   900 000 kr         4 000 kr        2 460 kr\n`);
    expect(p.coverages?.map((c) => c.product)).not.toContain('Innbo');
  });
});

describe('a bilingual name: the English, a slash, the Norwegian under it', () => {
  // a marine certificate: «Hull and Machinery /   NOK 45 000 000   NOK 250 000   NOK 382 500» over «Kasko»,
  // «Loss of Hire /   NOK 60 000 per day / per dag,   14 days / 14 dager   NOK 41 200» over «Tidstap   max 90 days / maks 90 dager»
  const TABLE = 'Policy No. / Polisenr.:  25-HM-10733\n\nInterest / Interesse         Sum insured / Forsikringssum   Deductible / Egenandel   Premium / Premie\n';
  it('one name in both languages, every row of the table read', () => {
    const p = parse(`${TABLE}Hull and Machinery /         NOK 45 000 000                 NOK 250 000              NOK 382 500\nKasko\nHull Interest /              NOK 11 250 000                 -                        NOK 33 750\nKaskointeresse\nLoss of Hire /               NOK 60 000 per day / per dag,  14 days / 14 dager       NOK 41 200\nTidstap                      max 90 days / maks 90 dager\n`);
    // (the Norwegian wrapped alone under an English-first name is set in the name's cell before the table is read,
    // src/parse/translations.ts: the name is read in Norwegian, as «Hull and Machinery / Kasko» on one line is; a line
    // under it with a cell of its own beside the name's, «Tidstap   max 90 days / …», is joined here, both languages)
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Kasko', '45000000', '382500'],
      ['Kaskointeresse', '11250000', '33750'],
      ['Loss of Hire / Tidstap', undefined, '41200'],
    ]);
  });
  it('a sentence under a name with a slash is no part of it', () => {
    const p = parse(`${TABLE}Hull and Machinery /         NOK 45 000 000                 NOK 250 000              NOK 382 500\nDenne forsikringen gjelder fartøyet med 12 mann.\n`);
    expect(p.coverages?.[0]?.product).not.toContain('Denne');
  });
});

describe('a broker\'s overview: a site with its lot set in under the row, wrapped over two lines', () => {
  // a broker's overview: «Maskin og   Gjensidige   82990114   kr 36 500 000 …» over «løsøre», then
  // «  Kjellstad næringspark, Gnr 3 Bnr 118,» over «  1540 Vestby» set in — the row's name wrapped, its place under it
  const OVERVIEW = 'Forsikring       Selskap        Polisenr.       Forsikringssum        Egenandel     Premie\n';
  it('the place is the row\'s object, also under a name joined from two lines, and the rows under it are read', () => {
    const p = parse(`${OVERVIEW}Bygning          Gjensidige     82990114        kr 142 000 000        kr 50 000     kr 188 400\n  Kjellstad næringspark, Gnr 3 Bnr 118,\n  1540 Vestby\nMaskin og        Gjensidige     82990114        kr 36 500 000         kr 50 000     kr 61 200\nløsøre\n  Kjellstad næringspark, Gnr 3 Bnr 118,\n  1540 Vestby\nVarer            Gjensidige     82990114        kr 25 000 000         kr 50 000     kr 22 300\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.premium])).toEqual([
      ['Bygning', 'Kjellstad næringspark, Gnr 3 Bnr 118, 1540 Vestby', '188400'],
      ['Maskin og løsøre', 'Kjellstad næringspark, Gnr 3 Bnr 118, 1540 Vestby', '61200'],
      ['Varer', undefined, '22300'],
    ]);
  });
  it('a description set in under the row is still its note', () => {
    const p = parse(`${OVERVIEW}Bygning          Gjensidige     82990114        kr 142 000 000        kr 50 000     kr 188 400\n  Lagerbygg i betong, byggeår 1998\nVarer            Gjensidige     82990114        kr 25 000 000         kr 50 000     kr 22 300\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Bygning', undefined, 'Lagerbygg i betong, byggeår 1998'],
      ['Varer', undefined, undefined],
    ]);
  });
});

describe('a private certificate\'s rows with their place or vehicle and facts set in under them', () => {
  // 110/gjensidige-forsikringsbevis-privat: «Hus   Pluss   Fullverdi   10 000   9 184» over «  Tiurveien 14», «  Gnr 41 Bnr 118,
  // 3830 Ulefoss», «  Enebolig, byggeår 1974, …»; «Bil   Kasko   Markedsverdi   6 000   7 960» over «  Toyota RAV4 Hybrid, EB 73915»
  // and «  Årlig kjørelengde 16 000 km, bonus 75 %», then «Reise Familie …»
  const doc = [
    'Avtalenummer 81470352',
    '',
    'Produkt / forsikringssted             Dekning    Forsikringssum     Egenandel    Pris per år',
    '---------------------------------------------------------------------------------------------',
    'Hus                                   Pluss      Fullverdi          10 000           9 184',
    '  Lyngveien 3',
    '  Gnr 12 Bnr 40, 3830 Ulefoss',
    '  Enebolig, byggeår 1974, 164 m² BRA',
    'Bil                                   Kasko      Markedsverdi        6 000           7 960',
    '  Toyota RAV4 Hybrid, EB 73915',
    '  Årlig kjørelengde 16 000 km, bonus 75 %',
    'Reise Familie                         Ekstra     Se vilkår           Ingen           1 920',
    '---------------------------------------------------------------------------------------------',
    '',
  ].join('\n');
  it('reads the street over its lot as the place, the vehicle as the object, and the rows under the facts', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Hus', 'Pluss', 'Lyngveien 3, Gnr 12 Bnr 40, 3830 Ulefoss', '10000', '9184'],
      ['Bil', 'Kasko', 'Toyota RAV4 Hybrid, EB 73915', '6000', '7960'],
      ['Reise Familie', 'Ekstra', undefined, '0', '1920'],
    ]);
  });
});

describe('a first-risk sum whose amount is set on the line under the row', () => {
  const TABLE = 'Avtale 7730 1122\n\nDekning                 Forsikringssum        Egenandel      Premie\n';
  it('«Førsterisiko» over «2 400 000» in the sum column: one first-risk sum, and the rows after it still read', () => {
    const p = parse(
      `${TABLE}Bygning                 31 500 000            25 000         28 110\n` +
        'Lagerbeholdning         Førsterisiko          25 000          4 070\n' +
        '                        2 400 000\n' +
        'Ansvar                  10 000 000            10 000          3 260\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', '31500000', '25000', '28110'],
      ['Lagerbeholdning', { first_risk: '2400000' }, '25000', '4070'],
      ['Ansvar', '10000000', '10000', '3260'],
    ]);
  });
  it('«Førsterisiko /» over «first loss 900 000» with the figures the row left empty, and a place whose postcode wraps with it', () => {
    const p = parse(
      'Avtale 7730 1122\n\nForsikring       Forsikringssted                   Sum             Egenandel    Premie\n' +
        'Verksted         Brugata 4, 2609 Lillehammer       12 800 000      20 000       14 300\n' +
        'Lager            Fåberggata 19, gnr. 88 bnr. 4,    Førsterisiko /\n' +
        '                 2609 Lillehammer                  first loss 900 000  20 000   1 150\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Verksted', 'Brugata 4, 2609 Lillehammer', '12800000', '20000', '14300'],
      ['Lager', 'Fåberggata 19, gnr. 88 bnr. 4, 2609 Lillehammer', { first_risk: '900000' }, '20000', '1150'],
    ]);
  });
  it('a line of words under the first-risk cell is no amount: the sum is not made up', () => {
    const p = parse(`${TABLE}Lagerbeholdning         Førsterisiko          25 000          4 070\n                        etter avtale\n`);
    expect(p.coverages?.[0]?.sum).toBeUndefined();
  });
});

describe('a cover level set in under its name', () => {
  const table = 'Forsikringsnummer      7301-4492817\n\n' + 'Forsikring                       Forsikringssum          Egenandel               Årspremie\n';
  it('«Agria Veterinærforsikring … 2 500 kr per skade-» over «  Basis   periode»: the level is the row’s (read as its cover level, as on one line), the broken word whole, no row «Basis»', () => {
    const p = parse(
      `${table}Agria Veterinærforsikring        60 000 kr               2 500 kr per skade-     6 348 kr\n  Basis                                                  periode\nAgria Liv                        18 000 kr               Ingen                     684 kr\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.premium])).toEqual([
      ['Agria Veterinærforsikring', 'Basis', '60000', '6348'],
      ['Agria Liv', undefined, '18000', '684'],
    ]);
  });
  it('«Hundeforsikring … » over «  Premium» with no broken cell: the level alone is the row’s', () => {
    const p = parse(`${table}Veterinærforsikring              80 000 kr               3 000 kr                7 212 kr\n  Premium\nLiv                              15 000 kr               Ingen                   1 104 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Veterinærforsikring', 'Premium'], ['Liv', undefined]]);
  });
  it('a capitalised word that is no level set in under a row is not joined to the name', () => {
    const p = parse(`${table}Veterinærforsikring              80 000 kr               3 000 kr                7 212 kr\n  Reservasjon\n`);
    expect(p.coverages?.[0]?.product).toBe('Veterinærforsikring');
  });
});

describe('a first-risk sum wrapped under a street with no postcode', () => {
  it('«Lagerveien 9 | Førsterisiko | …» over «4033 Stavanger | 2 400 000»: the place joined, the sum first-risk', () => {
    // (a certificate's «Forsikringssted | Forsikringssum | Egenandel | Årspremie (kr)» table, its place column two lines a row)
    const p = parse(
      'FORSIKRINGSBEVIS\nForsikringsnummer 55120044\n\nLagerbygg\n\n' +
        'Forsikringssted                          Forsikringssum        Egenandel      Årspremie (kr)\n' +
        'Lagerveien 7, Gnr 12 Bnr 40              18 200 000            15 000         22 310\n' +
        '4033 Stavanger\n' +
        'Lagerveien 9                             Førsterisiko          15 000          4 120\n' +
        '4033 Stavanger                           2 400 000\n',
    );
    expect(p.coverages?.[1]).toMatchObject({ product: 'Lagerbygg', object: 'Lagerveien 9, 4033 Stavanger', sum: { first_risk: '2400000' }, deductible: '15000', premium: '4120' });
  });
});
