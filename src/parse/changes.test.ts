import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { brandedCoverRowOf, productOfNamedObject, titleInsurance } from './changes.js';

import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\nEndring av egenandeler\n\n';

describe('deductible-change tables under a heading that names the product', () => {
  it('a table without a product column: the heading right above is the product, the Dekning cell the coverage', () => {
    const p = parse(`${HEAD}Gardsforsikring\nDekning\tEgenandel i dag\tNy egenandel\nDriftsbygning\t8 000\t10 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Gardsforsikring', coverage: 'Driftsbygning', old: ['8000'], new: ['10000'] }]);
  });
  it('a row wider than its header: the filled cells in order, or — amounts beyond the columns — a warning, never a shifted value', () => {
    // (a PDF set «kr 15 000» apart from its column: «Næringsbygg | Vannskade | | kr 15 000 | | kr 20 000»)
    const header = 'Produkt\tDekning\tEgenandel i dag\tNy egenandel\n';
    const p = parse(`${HEAD}${header}Næringsbygg\tVannskade\t\tkr 15 000\t\tkr 20 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', coverage: 'Vannskade', old: ['15000'], new: ['20000'] }]);
    // («Yrkesbil | Kasko | kr 8 000 | kr 12 000 | kr 10 000 | kr 15 000»: two amounts in each column)
    const q = parse(`${HEAD}${header}Yrkesbil\tKasko\tkr 8 000\tkr 12 000\tkr 10 000\tkr 15 000\n`);
    expect(q.deductible_changes).toBeUndefined();
    expect(q.warnings.join('\n')).toMatch(/more amounts than the table has columns/);
  });
  it('nynorsk «Eigendel i dag» / «Ny eigendel» (the short form of «eigenandel») are the old and new columns', () => {
    // (before, such a table was read as a schedule: the new deductibles became coverages' own)
    const p = parse(`${HEAD}Forsikring\tDekning\tEigendel i dag\tNy eigendel\nNæringsbygg\tVasskade\tkr 8 000\tkr 12 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', coverage: 'Vasskade', old: ['8000'], new: ['12000'] }]);
    expect(p.coverages).toBeUndefined();
  });
  it('«Nåværende | Ny» over «Egenandel | 10 000 | 15 000»: the product\'s own deductible', () => {
    const p = parse(`${HEAD}Bedriftsforsikring\n\tNåværende\tNy\nEgenandel\t10 000\t15 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Bedriftsforsikring', old: ['10000'], new: ['15000'] }]);
  });
  it('«Nåværende | Ny» over a row that names no deductible is no header', () => {
    const p = parse(`${HEAD}Bedriftsforsikring\n\tNåværende\tNy\nAntall ansatte\t10\t12\n`);
    expect(p.deductible_changes).toBeUndefined();
  });
  it('«Egenandel | Fra kr 4 000 til kr 6 000» under a heading: the heading is the product', () => {
    const p = parse(`${HEAD}Landbruksmaskiner\nEgenandel | Fra kr 4 000 til kr 6 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Landbruksmaskiner', old: ['4000'], new: ['6000'] }]);
  });
  it('a first column with no name names the product of each row', () => {
    const p = parse(`${HEAD}\tTidligere egenandel\tNy egenandel\nNæringsbygg\tKr 10 000\tKr 15 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', old: ['10000'], new: ['15000'] }]);
  });
  it('«Egenandel i dag» and «Ny egenandel» over their values under «Næringsbygg – Vannskade»', () => {
    const p = parse(`${HEAD}Næringsbygg – Vannskade\nEgenandel i dag\nkr 10 000\nNy egenandel\nkr 15 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', coverage: 'Vannskade', old: ['10000'], new: ['15000'] }]);
  });
});

describe('a change-table row off the header\'s columns (PDF)', () => {
  // LibreOffice sets amounts flush right: «Næringsbygg Glass | kr 3 000 | kr 5 000» under
  // «Forsikring | Dekning | Fra | Til» — read by position, «kr 5 000» would be the old deductible
  const doc = (off: boolean): Policy => {
    const src = textToSource(`${HEAD}Forsikring\tDekning\tFra\tTil\nNæringsbygg\tVannskade\tkr 10 000\tkr 20 000\nNæringsbygg Glass\tkr 3 000\tkr 5 000\n`, 'doc.pdf', '0'.repeat(64));
    const row = src.lines.find((l) => l.text.startsWith('Næringsbygg Glass'))!;
    if (off) row.offColumns = true;
    return extractPolicy(src, {});
  };
  it('fewer cells than the header, off its columns: no change read, a warning names the row', () => {
    const p = doc(true);
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', coverage: 'Vannskade', old: ['10000'], new: ['20000'] }]);
    expect(p.warnings?.some((w) => w.includes('Næringsbygg Glass') && w.includes('off the table'))).toBe(true);
  });
  it('without the layout\'s mark (a text file: its tabs are its columns) the row is read by position', () => {
    expect(doc(false).deductible_changes?.length).toBe(2);
  });
});

describe('a change whose label names its product and coverage', () => {
  it('«Skogforsikring, brann:» before the sentence is the product and the coverage, not a field line of the letterhead', () => {
    const p = parse('Forsikringsnummer: 52-118-0093\nEiendom: Nordre Li, gnr. 4 bnr. 2 i Åmot kommune\n\nSkogforsikring, brann: Egenandelen økes fra kr 5 000 til kr 8 000 per skadetilfelle.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Skogforsikring', 'brann', ['5000'], ['8000']]]);
  });
});

describe('an insurance named as a company is too', () => {
  // a farm insurer's renewal letter in nynorsk: «Eigenandelen på landbruksforsikringa er auka frå kr 8 000 til kr 10 000 for …»
  it('«landbruksforsikringa» in lower case, definite, is the product, not the company «Landbruksforsikring AS»', () => {
    const p = parse('Avtalenummer: 7710 2291\n\nEigenandelen på landbruksforsikringa er auka frå kr 6 000 til kr 9 000 for alle bygningar.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Landbruksforsikring', ['6000'], ['9000']]]);
  });
  it('the company\'s name as a letterhead over a change is still no product', () => {
    const p = parse('Landbruksforsikring AS\n\nEgenandelen er økt fra kr 6 000 til kr 9 000.\n');
    expect(p.deductible_changes?.[0]?.product).not.toBe('Landbruksforsikring');
  });
});

describe('«Egenandel nå» is relative', () => {
  it('beside «Egenandel før» it is the new deductible', () => {
    const p = parse('Forsikringsnummer 55501234\n\n| Forsikring | Dekning | Egenandel før | Egenandel nå |\n|---|---|---|---|\n| Villa | Standard | 6 000 kr | 8 000 kr |\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Villa', ['6000'], ['8000']]]);
  });
  it('beside «Ny egenandel» it is the old one', () => {
    const p = parse('Forsikringsnummer 55501234\n\n| Forsikring | Egenandel nå | Ny egenandel |\n|---|---|---|\n| Villa | 6 000 kr | 8 000 kr |\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Villa', ['6000'], ['8000']]]);
  });
});

describe('changes in letters of headings over paragraphs', () => {
  it('a heading «Egenandeler» over a paragraph: a change per product its sentences name, across the line break', () => {
    const p = parse(
      'Forsikringsnummer 55501234\n\nEgenandeler\nEgenandelen for Bedriftsbygning øker fra kr 6 000 til kr 10 000. For Varebil øker egenandelen\npå kasko fra kr 8 000 til kr 10 000.\n',
    );
    expect(p.deductible_changes?.map(({ text: _, ...c }) => c)).toEqual([
      { product: 'Bedriftsbygning', old: ['6000'], new: ['10000'] },
      { product: 'Varebil', coverage: 'kasko', old: ['8000'], new: ['10000'] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a minimum raised, in nynorsk: «lågare eigenandel enn kr 6 000 …, vert han heva til kr 6 000»', () => {
    const p = parse(`${HEAD}Har de i dag lågare eigenandel enn kr 6 000 på Landbruksansvar, vert han heva til kr 6 000.\n`);
    expect(p.deductible_changes?.map(({ text: _, ...c }) => c)).toEqual([{ product: 'Landbruksansvar', minimum: '6000' }]);
  });
  it('«Produkt:» / «Egenandel i dag:» / «Ny egenandel:» with the values lined up by spaces', () => {
    const p = parse(`${HEAD}Produkt:             Landbruksansvar\nEgenandel i dag:     kr 5 000\nNy egenandel:        kr 10 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Landbruksansvar', old: ['5000'], new: ['10000'] }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a renewal letter\'s change that states only the new deductible', () => {
  const LETTER = 'Tryg Forsikring\n\nFornyelse av bedriftsforsikringen\n\nAvtalenummer: 77812204\n\nEndringer i egenandeler\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('a percentage of the loss and its floor: «blir 15 % av skaden, minimum kr 8 000», «Ny egenandel: …», «øker til …»', () => {
    // (the first names its peril, «for vannskade»: the change's coverage)
    for (const s of ['Egenandelen for vannskade blir 15 % av skaden, minimum kr 8 000.', 'Ny egenandel: 15 % av skaden, minimum kr 8 000.', 'Egenandelen øker til 15 % av skaden, minimum kr 8 000.']) {
      expect(changes(`Næringsbygg\n${s}`)).toEqual([{ product: 'Næringsbygg', ...(s.startsWith('Egenandelen for vannskade') ? { coverage: 'Vannskade' } : {}), minimum: '8000', percent: '15' }]);
    }
  });
  it('a new amount from a date: «Fra 1.1.2026 er egenandelen kr 10 000», «… settes til kr 6 000 fra hovedforfall»', () => {
    expect(changes('Produksjonsutstyr\nFra 1.1.2026 er egenandelen kr 10 000.')).toEqual([{ product: 'Produksjonsutstyr', new: ['10000'] }]);
    expect(changes('Produksjonsutstyr\nEgenandelen settes til kr 6 000 fra hovedforfall.')).toEqual([{ product: 'Produksjonsutstyr', new: ['6000'] }]);
  });
  it('a cap the model has no place for: the change without it, and a warning that names it', () => {
    const p = parse(`${LETTER}Bedriftsansvar\nEgenandelen blir 10 % av erstatningen, minst kr 12 000 og høyst kr 60 000.\n`);
    expect(p.deductible_changes?.[0]).toMatchObject({ product: 'Bedriftsansvar', minimum: '12000', percent: '10' });
    expect(p.warnings?.join('\n')).toContain('maximum («høyst kr 60 000»)');
  });
});

describe('an e-mail\'s header lines name no product', () => {
  it('«Emne: …» above a quoted change is no heading: the change takes its product from the sentence', () => {
    const mail = ['Fra: Kari Nilsen <kari@bakeri.no>', 'Til: megler@eksempel.no', 'Emne: VS: Endringer ved fornyelse', '', '> Egenandelen for Bedriftsansvar øker fra kr 6 000 til kr 10 000.', '> Egenandelen øker fra kr 4 000 til kr 6 000.'].join('\n');
    const p = parse(mail);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Bedriftsansvar', 'ukjent']);
  });
  it('a warning about a quoted line names the line of the file', () => {
    const mail = ['Fra: Kari Nilsen <kari@bakeri.no>', 'Emne: VS: Endringer ved fornyelse', '', '> Dette er nytt ved fornyelsen', '>', '> Egenandelen for Bedriftsansvar blir vurdert på nytt, i dag kr 6 000.'].join('\n');
    expect(parse(mail).warnings).toEqual(['line 6: could not read the deductible change in «Egenandelen for Bedriftsansvar blir vurdert på nytt, i dag kr 6 000.»']);
  });
  it('«På Næringsbygg blir eigenandelen …»: the product after a capital «På» at the sentence\'s start', () => {
    const p = parse('Dato: 01.12.2024\n\nEndringar ved fornying\n\nPå Næringsbygg blir eigenandelen auka frå kr 5 000 til kr 8 000.\n');
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', old: ['5000'], new: ['8000'], text: 'På Næringsbygg blir eigenandelen auka frå kr 5 000 til kr 8 000.' }]);
  });
});

describe('nynorsk deductible changes: «aukar frå … til», «blir han auka til»', () => {
  // written after nynorsk renewal letters («Dette er nytt ved fornyinga») that name the product in
  // the sentence or in the heading above it
  const LETTER_HEAD = 'Avtalenummer: 7734 2210\n\nDette er nytt ved fornyinga\n\n';
  it.each([
    ['Næringsbygg\nEigenandelen aukar frå kr 5 000 til kr 8 000.', { product: 'Næringsbygg', old: ['5000'], new: ['8000'] }],
    ['Eigenandelen for Bedriftsansvar er i dag kr 6 000, og frå fornyinga blir han auka til kr 10 000.', { product: 'Bedriftsansvar', old: ['6000'], new: ['10000'] }],
    ['For Bedriftsansvar er eigenandelen i dag kr 6 000. Frå fornyinga blir han auka til kr 10 000.', { product: 'Bedriftsansvar', old: ['6000'], new: ['10000'] }],
    ['Har de eigenandel på kr 6 000 på Bedriftsansvar, blir han auka til kr 10 000.', { product: 'Bedriftsansvar', old: ['6000'], new: ['10000'] }],
    ['Eigenandelen på Bedriftsansvar blir auka til kr 10 000.', { product: 'Bedriftsansvar', new: ['10000'] }],
    ['For Bedriftsansvar blir eigenandelen auka til kr 10 000.', { product: 'Bedriftsansvar', new: ['10000'] }],
    ['Eigenandelen for Næringsbygg er i dag kr 6 000. Han blir auka til kr 10 000.', { product: 'Næringsbygg', old: ['6000'], new: ['10000'] }],
    ['Landbruksmaskiner\nEgenandelen er kr 4 000. Fra hovedforfall blir den økt til kr 6 000.', { product: 'Landbruksmaskiner', old: ['4000'], new: ['6000'] }],
  ])('%s', (text, want) => {
    const p = parse(`${LETTER_HEAD}${text}\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([want]);
    expect(p.warnings).toEqual([]);
  });
  it('conditions that raise a deductible for a breach state a rule, not a change: «Eigenandelen er kr 4 000. Ved brot … blir han auka til kr 20 000»', () => {
    const p = parse('Forsikringsnummer 55501234\n\nVilkår\n\nEigenandelen er kr 4 000. Ved brot på tryggingsreglane blir han auka til kr 20 000.\n');
    expect(p.deductible_changes).toBeUndefined();
    const q = parse('Forsikringsnummer 55501234\n\nVilkår\n\nVed brot på tryggingsreglane blir eigenandelen auka til kr 20 000.\n');
    expect(q.deductible_changes).toBeUndefined();
  });
});

describe('a change whose sentence names its product, a new minimum, the former amount in brackets', () => {
  const changes = (text: string) => parse(`Forsikringsnummer 55501234\n\n${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Egenandelen for Bygning øker fra kr 10 000 til kr 15 000» under another product\'s heading: the sentence\'s product', () => {
    expect(changes('Næringsbygg\nEgenandelen for Bygning øker fra kr 10 000 til kr 15 000.')).toEqual([{ product: 'Bygning', old: ['10000'], new: ['15000'] }]);
  });
  it('nynorsk: «Eigenandelen for Innbu aukar frå kr 4 000 til kr 6 000»', () => {
    expect(changes('Endringar ved fornying\nEigenandelen for Innbu aukar frå kr 4 000 til kr 6 000.')).toEqual([{ product: 'Innbu', old: ['4000'], new: ['6000'] }]);
  });
  it('«For Ansvar blir minsteegenandelen kr 10 000»: a new minimum for the product the sentence names', () => {
    expect(changes('Næringsbygg\nFor Ansvar blir minsteegenandelen kr 10 000.')).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
    expect(changes('Næringsbygg\nMinsteegenandelen for Ansvar blir kr 10 000.')).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
  });
  it('in a renewal\'s changes, «Minsteegenandelen for Ansvar er kr 10 000» and «minste egenandel på forsikringen Ansvar er kr 10 000» are the minimum', () => {
    expect(changes('Endringer ved fornyelsen\nMinsteegenandelen for Ansvar er kr 10 000.')).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
    expect(changes('Endringer ved fornyelsen\nFra fornyelsen er minste egenandel på forsikringen Ansvar kr 10 000. Den minste egenandelen på forsikringen Ansvar er kr 10 000.')).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
  });
  it('a minimum as it stands («For Ansvar er minsteegenandelen kr 10 000») is no change', () => {
    expect(changes('Næringsbygg\nFor Ansvar er minsteegenandelen kr 10 000.')).toBeUndefined();
  });
  it('«Egenandel: kr 8 000 (tidligere kr 5 000)»: old 5 000, new 8 000; the line is no coverage of its own', () => {
    expect(changes('Bedriftsansvar\nEgenandel: kr 8 000 (tidligere kr 5 000)')).toEqual([{ product: 'Bedriftsansvar', old: ['5000'], new: ['8000'] }]);
    expect(changes('Bedriftsansvar\nEgenandelen er kr 8 000 (tidligere kr 5 000).')).toEqual([{ product: 'Bedriftsansvar', old: ['5000'], new: ['8000'] }]);
  });
});

describe('a change whose product only the sentence names, in lower case', () => {
  const LETTER = 'Frende Forsikring\n\nFornying av forsikringane\n\nAvtalenummer: 55512345\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c) ?? [];
  // «Eigenandelen for husforsikring aukar frå kr 6 000 til kr 8 000.» — a renewal letter with no product heading
  it.each([
    ['Eigenandelen for husforsikring aukar frå kr 6 000 til kr 8 000.', 'Husforsikring'],
    ['Egenandelen på husforsikringen settes opp fra 6 000 kr til 8 000 kr.', 'Husforsikring'],
    ['Egenandelen på kasko øker fra kr 4 000 til kr 6 000.', 'Kasko'],
    ['Eigenandelen for driftsbygning vert auka frå kr 8 000 til kr 10 000.', 'Driftsbygning'],
    ['Egenandel Næringseiendom økes fra kr 25 000 til kr 50 000.', 'Næringseiendom'],
    ['Egenandelen for eiendommen økes fra kr 10 000 til kr 20 000.', 'Eiendom'],
    // the object first: «For bygning og løsøre økes egenandelen fra NOK 50 000 til NOK 100 000 per skade.»
    ['For bygning og løsøre økes egenandelen fra NOK 50 000 til NOK 100 000 per skade.', 'Bygning og løsøre'],
    ['På husforsikringa blir eigenandelen auka frå kr 6 000 til kr 8 000.', 'Husforsikring'],
  ])('«%s» → %s', (line, product) => {
    expect(changes(`Endringar i eigenandelar\n${line}`).map((c) => c.product)).toEqual([product]);
  });
  it('«Har du hatt lågare eigenandel enn kr 10 000 på landbruksmaskinar, vert han auka til kr 10 000.»: the object after «på»', () => {
    expect(changes('Endringar i eigenandelar\nHar du hatt lågare eigenandel enn kr 10 000 på landbruksmaskinar, vert han auka til kr 10 000.')).toMatchObject([{ product: 'Landbruksmaskinar', minimum: '10000' }]);
  });
  it('a word the index-class table does not know stays «ukjent» («Egenandelen ved vannskade øker …»)', () => {
    expect(changes('Endringar i eigenandelar\nEgenandelen ved vannskade øker fra kr 4 000 til kr 6 000.').map((c) => c.product)).toEqual(['ukjent']);
  });
  it('a product heading above still wins over the sentence\'s word', () => {
    expect(changes('Bedriftsforsikring\nEgenandelen på kasko øker fra kr 4 000 til kr 6 000.').map((c) => c.product)).toEqual(['Bedriftsforsikring']);
  });
});

describe('a letter\'s numbered part on deductibles with «Tidligere:» / «Fra fornyelsen:» lines', () => {
  // «3. Egenandeler» / «Brann, bygning og løsøre» / «Tidligere: kr 50 000» / «Fra fornyelsen: kr 100 000» — a broker's renewal summary
  const LETTER = ['Aon Norway AS', '', 'Fornyelse av næringsforsikring', 'Avtalenummer: 12345678', '', '3. Egenandeler', 'Brann, bygning og løsøre', 'Tidligere: kr 50 000', 'Fra fornyelsen: kr 100 000', 'Vannskade', 'Tidligere: kr 50 000', 'Fra fornyelsen: kr 50 000 (uendret)', '', '4. Premie', 'Tidligere: kr 12 000', 'Fra fornyelsen: kr 13 000'];
  const p = parse(LETTER.join('\n'));
  it('the pair under a product heading is its change; the same amount twice is none; the premium part\'s pair is no deductible', () => {
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Brann, bygning og løsøre', old: ['50000'], new: ['100000'] }]);
  });
  it('the premium part\'s pair is said in a warning with its line, not dropped', () => {
    expect(p.warnings?.join('\n')).toContain('line 15: could not read the old and new figures «Tidligere: kr 12 000» / «Fra fornyelsen: kr 13 000»');
  });
  it('a blank line ends the field above it: «4. Premie» is no part of «Fra fornyelsen: kr 50 000 (uendret)»', () => {
    expect(p.deductible_changes?.some((c) => JSON.stringify(c).includes('Premie'))).toBe(false);
  });
});

describe('a renewal letter\'s minimum per claim and labelled pairs of amounts', () => {
  const read = (body: string) => parse(`Forsikringsnummer 55501234\n\nEndringer ved fornyelsen\n\n${body}\n`);
  const values = (p: Policy) => p.deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Egenandelen blir minst kr 20 000 per skade» and «Ny egenandel: minimum kr 20 000 pr. skadetilfelle» are a minimum', () => {
    expect(values(read('Bedriftsansvar\nEgenandelen blir minst kr 20 000 per skade.'))).toEqual([{ product: 'Bedriftsansvar', minimum: '20000' }]);
    expect(values(read('Bedriftsansvar\nNy egenandel: minimum kr 20 000 pr. skadetilfelle.'))).toEqual([{ product: 'Bedriftsansvar', minimum: '20000' }]);
    expect(values(read('Bedriftsansvar\nEgenandel: minimum kr 20 000 pr. skadetilfelle'))).toEqual([{ product: 'Bedriftsansvar', minimum: '20000' }]);
  });
  it('in conditions («Egenandelen er minst kr 20 000 per skade» outside the letter) a minimum is a rule, no change', () => {
    expect(parse('Forsikringsbevis\n\nBedriftsansvar\nEgenandelen er minst kr 20 000 per skade.\n').deductible_changes).toBeUndefined();
  });
  it('«Egenandel før: kr 10 000  Egenandel nå: kr 15 000»: old and new on one line; «nå» is the new beside «før»', () => {
    const p = read('Næringsbygg\nEgenandel før: kr 10 000  Egenandel nå: kr 15 000');
    expect(values(p)).toEqual([{ product: 'Næringsbygg', old: ['10000'], new: ['15000'] }]);
    expect(p.deductible_changes?.[0]?.text).toBe('Egenandel før: kr 10 000 Egenandel nå: kr 15 000');
    expect(values(read('Næringsbygg\nEgenandel nå: kr 10 000, ny egenandel: kr 15 000'))).toEqual([{ product: 'Næringsbygg', old: ['10000'], new: ['15000'] }]);
    expect(values(read('Næringsbygg\nNy egenandel: kr 15 000, tidligere egenandel: kr 10 000'))).toEqual([{ product: 'Næringsbygg', old: ['10000'], new: ['15000'] }]);
  });
  it('«Tidligere: 4 000 – Ny: 6 000» under a product heading in the deductibles\' section: the label is no coverage', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEndring av egenandeler\n\nBedriftsansvar\nTidligere: 4 000 – Ny: 6 000\n');
    expect(values(p)).toEqual([{ product: 'Bedriftsansvar', old: ['4000'], new: ['6000'] }]);
  });
  it('two labels of one kind («Før: 4 000 – Tidligere: 6 000») say no order: no change', () => {
    expect(read('Bedriftsansvar\nEgenandel før: 4 000 – tidligere: 6 000').deductible_changes?.[0]?.old).toBeUndefined();
  });
});

describe('a «Dekning | Før | Etter» table whose rows name «Product - coverage»', () => {
  const rows = (table: string) => parse(`Forsikringsnummer 55501234\n\nEndringer i egenandeler\n\n${table}\n`).deductible_changes;
  const want = [{ product: 'Bygning', coverage: 'Pluss', old: ['10000'], new: ['15000'] }, { product: 'Bedriftsansvar', old: ['5000'], new: ['10000'] }];
  it('«Bygning - Pluss | 10 000 | 15 000» with no product heading above: the product, and the coverage after the dash', () => {
    expect(rows('Dekning | Før | Etter\nBygning - Pluss | 10 000 | 15 000\nBedriftsansvar | 5 000 | 10 000')).toEqual(want);
  });
  it('with «kr», a dashed separator row, Markdown\'s outer bars, «Egenandel før | Egenandel etter»: the same', () => {
    expect(rows('Dekning | Før | Etter\n--- | --- | ---\nBygning - Pluss | kr 10 000 | kr 15 000\nBedriftsansvar | kr 5 000 | kr 10 000')).toEqual(want);
    expect(rows('| Dekning | Før | Etter |\n|---|---|---|\n| Bygning - Pluss | kr 10 000 | kr 15 000 |\n| Bedriftsansvar | kr 5 000 | kr 10 000 |')).toEqual(want);
    expect(rows('Dekning | Egenandel før | Egenandel etter\n------------------------------------------\nBygning – Pluss | kr 10 000 | kr 15 000\nBedriftsansvar | kr 5 000 | kr 10 000')).toEqual([{ ...want[0], coverage: 'Pluss' }, want[1]]);
  });
  it('a coverage cell that names no product, under no product heading: «ukjent», the cell the coverage', () => {
    expect(rows('Dekning | Før | Etter\nInnbrudd | kr 6 000 | kr 8 000')).toEqual([{ product: 'ukjent', coverage: 'Innbrudd', old: ['6000'], new: ['8000'] }]);
  });
  it('under a product heading the heading stays the product and the cell the coverage', () => {
    expect(rows('Næringsbygg\nDekning | Før | Etter\nBygning - Pluss | 10 000 | 15 000')).toEqual([{ product: 'Næringsbygg', coverage: 'Bygning - Pluss', old: ['10000'], new: ['15000'] }]);
  });
});

describe('the product of a change: a field or a question names it; a heading of the letter\'s parts does not', () => {
  const product = (text: string) => parse(`Forsikringsnummer 55501234\n\n${text}\nEgenandelen øker fra kr 10 000 til kr 15 000.\n`).deductible_changes?.map((c) => c.product);
  it('«Endringer ved fornyelsen», «Hva endres ved fornyelsen?», «Nyheter og endringer» name no product: «ukjent»', () => {
    expect(product('Endringer ved fornyelsen')).toEqual(['ukjent']);
    expect(product('Hva endres ved fornyelsen?')).toEqual(['ukjent']);
    expect(product('Nyheter og endringer')).toEqual(['ukjent']);
  });
  it('«Produkt: Bedriftsansvar» and «Hva endres for Bedriftsansvar?» name it', () => {
    expect(product('Endringer ved fornyelsen\n\nProdukt: Bedriftsansvar')).toEqual(['Bedriftsansvar']);
    expect(product('Hva endres for Bedriftsansvar?')).toEqual(['Bedriftsansvar']);
    expect(product('Hva skjer med egenandelen på Bedriftsansvar?')).toEqual(['Bedriftsansvar']);
  });
  it('«Produkt: Næringsbygg» run into the pair under it, as a PDF sets the two lines («Produkt: Næringsbygg Egenandel før: kr 10 000 …»)', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEndringer ved fornyelsen\n\nHva endres for Bedriftsansvar?\nEgenandelen blir minst kr 20 000 per skade.\nProdukt: Næringsbygg Egenandel før: kr 10 000 Egenandel nå: kr 15 000\n');
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Bedriftsansvar', minimum: '20000' }, { product: 'Næringsbygg', old: ['10000'], new: ['15000'] }]);
  });
  it('a field of the letter\'s head («Forsikringstaker: Brekke Eiendom AS») names no product, though a word of it is one', () => {
    expect(product('Forsikringstaker: Brekke Eiendom AS\n\nEndringer ved fornyelsen')).toEqual(['ukjent']);
  });
});

describe('a renewal e-mail\'s object lines above its change', () => {
  // «Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123» / «Forsikringsform: Kasko Pluss» / … / «Egenandelen på kasko økes fra kr 6 000 til kr 10 000»
  it('the description of the insured thing is no product; «Forsikringsform:» names it', () => {
    const p = parse('Watercircles Forsikring\n\nFornyelse av båtforsikring\nAvtalenummer: WC-NO-208817\nBåt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123\nForsikringsform: Kasko Pluss\nForsikringssum: kr 2 350 000\n\nEndring i egenandel: Egenandelen på kasko økes fra kr 6 000 til kr 10 000 ved denne fornyelsen.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Kasko Pluss', ['6000'], ['10000']]]);
  });
});

describe('a deductible change whose product is the sentence\'s own first words', () => {
  const LETTER = 'Dato: 24.03.2025\n\nEndringar i eigenandel\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«På Juletreforsikring er eigenandelen no 10 % av skaden, men minst kr 5 000»: product, percent and floor', () => {
    expect(changes('På Juletreforsikring er eigenandelen no 10 % av skaden, men minst kr 5 000.')).toEqual([{ product: 'Juletreforsikring', minimum: '5000', percent: '10' }]);
  });
  it('the sentence\'s own product, not the product heading above it', () => {
    expect(changes('Skogforsikring\nPå Juletreforsikring er eigenandelen no 10 % av skaden, men minst kr 5 000.')).toEqual([{ product: 'Juletreforsikring', minimum: '5000', percent: '10' }]);
  });
  it('the sentence\'s product before a heading above: «For Hus Pluss økes egenandelen for vannskade fra kr 4 000 til kr 6 000»', () => {
    expect(changes('Husforsikring\nFor Hus Pluss økes egenandelen for vannskade fra kr 4 000 til kr 6 000.')).toEqual([
      { product: 'Hus', coverage: 'Pluss', old: ['4000'], new: ['6000'] },
    ]);
  });
  it('«egenandel 10 % av skaden, minimum kr 20 000»: a percentage and its floor, not a new deductible of 20 000', () => {
    expect(changes('Ansvarsforsikring\nFra fornyelsen gjelder egenandel 10 % av skaden, minimum kr 20 000.')).toEqual([{ product: 'Ansvarsforsikring', minimum: '20000', percent: '10' }]);
  });
});

describe('a pronoun sentence «Den økes fra kr 4 000 til kr 6 000»: the deductible of the line above', () => {
  const LETTER = 'Dato: 24.03.2025\n\nEndringer i egenandel\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('right under a product heading: the heading\'s product', () => {
    expect(changes('Bilforsikring\nDen økes fra kr 4 000 til kr 6 000.')).toEqual([{ product: 'Bilforsikring', old: ['4000'], new: ['6000'] }]);
  });
  it('after a sentence on the deductible of a product, in the same paragraph', () => {
    expect(changes('Egenandelen på Innboforsikring endres. Den økes fra kr 3 000 til kr 4 000.')).toEqual([{ product: 'Innboforsikring', old: ['3000'], new: ['4000'] }]);
  });
  it('after a sentence on the deductible, in the same paragraph under a product heading', () => {
    expect(changes('Husforsikring\nEgenandelen på Innboforsikring endres. Den økes fra kr 3 000 til kr 4 000.')).toEqual([{ product: 'Innboforsikring', old: ['3000'], new: ['4000'] }]);
  });
  it('after a line on the deductible under a product heading', () => {
    expect(changes('Husforsikring\nEgenandelen for vannskade endres ved fornyelsen.\nDen økes fra kr 10 000 til kr 15 000.')).toEqual([
      { product: 'Husforsikring', old: ['10000'], new: ['15000'] },
    ]);
  });
  it('under a heading that names the deductible, not a product: the product the sentence before names, and its coverage («På Hus Pluss endrer vi egenandelen for vannskade (…). Den økes …»)', () => {
    const p = parse(`Dato: 18.11.2024\n\nDin forsikring fornyes 1. januar 2025\n\nEgenandel for vannskade\nPå Hus Pluss endrer vi egenandelen for vannskade (utett røranlegg og våtrom). Den\nøkes fra kr 4 000 til kr 6 000. Andre egenandeler er som før.\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Hus Pluss', coverage: 'vannskade', old: ['4000'], new: ['6000'] }]);
  });
  it('with no deductible above, «Den økes fra …» under a heading that names no product is not read', () => {
    expect(changes('Pris\nDen økes fra kr 4 000 til kr 6 000.')).toBeUndefined();
  });
});

describe('two deductible changes in one paragraph, written two ways', () => {
  const LETTER = 'Avtalenummer: 7734 2210\n\nDette er nytt ved fornyinga\n\nVillaforsikring\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`);
  it('«For innbu blir eigenandelen kr 4 000 (i dag kr 3 000). For bygning aukar eigenandelen frå kr 6 000 til kr 10 000.»: two changes, each its own product', () => {
    const p = changes('For innbu blir eigenandelen kr 4 000 (i dag kr 3 000). For bygning aukar eigenandelen frå kr 6 000 til kr 10 000.');
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([
      { product: 'Innbu', old: ['3000'], new: ['4000'] },
      { product: 'Bygning', old: ['6000'], new: ['10000'] },
    ]);
  });
  it('two changes whose products the sentences do not name: a warning, no change', () => {
    const p = changes('Eigenandelen blir kr 4 000 (i dag kr 3 000). Eigenandelen aukar frå kr 6 000 til kr 10 000.');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('two deductible changes'))).toBe(true);
  });
  it('the same change said twice is one change', () => {
    const p = changes('Eigenandelen aukar frå kr 6 000 til kr 10 000. Den nye eigenandelen er kr 10 000.');
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Villaforsikring', old: ['6000'], new: ['10000'] }]);
  });
});

describe('the new deductible, the one of today in brackets', () => {
  const LETTER = 'Avtalenummer: 7734 2210\n\nDette er nytt ved fornyelsen\n\nBilforsikring\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Ny egenandel: kr 10 000 (nå kr 6 000)»: old 6 000, new 10 000', () => {
    expect(changes('Ny egenandel: kr 10 000 (nå kr 6 000)')).toEqual([{ product: 'Bilforsikring', old: ['6000'], new: ['10000'] }]);
  });
  it('«eigenandelen blir kr 4 000 (i dag 3 000)»: old 3 000, new 4 000', () => {
    expect(changes('Frå fornyinga blir eigenandelen kr 4 000 (i dag 3 000).')).toEqual([{ product: 'Bilforsikring', old: ['3000'], new: ['4000'] }]);
  });
});

describe('a repeated letterhead inside a change table', () => {
  it('«Avtalenr. 4410 2277 – side 2» between two rows is no change, and the row after it is still read', () => {
    const p = parse(`${HEAD}Forsikring\tDekning\tFra\tTil\nNæringsbygg\tVannskade\tkr 10 000\tkr 20 000\nAvtalenr. 4410 2277\t– side 2\nNæringsbygg\tGlass\tkr 3 000\tkr 5 000\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Næringsbygg', coverage: 'Vannskade', old: ['10000'], new: ['20000'] },
      { product: 'Næringsbygg', coverage: 'Glass', old: ['3000'], new: ['5000'] },
    ]);
  });
});

describe('a deductible that stays as it is', () => {
  it('«Egenandelen er uendret kr 6 000» in the letter: no change, and nothing left unread', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nDette er nytt ved fornyelsen\n\nInnboforsikring\n\nEgenandelen er uendret kr 6 000\n');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings.filter((w) => w.includes('uendret'))).toEqual([]);
  });
});

describe('a deductible that stays as it is, stated with a percentage', () => {
  // docs/agria-epost-videresendt-dyr-2026: «Den bevegelige egenandelen på 15 % av det som overstiger den faste egenandelen er som før.»
  it('is no change, and no warning', () => {
    const p = parse('Avtalenummer: 5520 1187\n\nHer er det som gjelder fra fornyelsen:\n\nDen bevegelige egenandelen på 15 % av det som overstiger den faste egenandelen er som før.\n');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });
});

// docs/sparebank1-egenandel-aarskolonner-tab-2026: «Egenandel	2025	2026» / «Brann	kr 10 000	kr 15 000»
describe('a table of deductibles with a column per period', () => {
  const TABLE = (header: string): string => `${HEAD}Næringsbygg\nEgenandel\t${header}\nBrann\tkr 10 000\tkr 15 000\nVannskade\tkr 5 000\tkr 5 000\n`;
  const BRANN = [{ product: 'Næringsbygg', coverage: 'Brann', old: ['10000'], new: ['15000'] }];
  it('«Egenandel | 2025 | 2026»: the earlier year is the old deductible; a row whose amounts are the same is no change', () => {
    expect(parse(TABLE('2025\t2026')).deductible_changes).toEqual(BRANN);
    expect(parse(TABLE('2026\t2025')).deductible_changes).toEqual([{ product: 'Næringsbygg', coverage: 'Brann', old: ['15000'], new: ['10000'] }]);
  });
  it('«Før | Nå», «Gammel | Ny», «I dag | Fra fornyelsen», «Nå | Ny»: the word before the change is the old one', () => {
    for (const h of ['Før\tNå', 'Gammel\tNy', 'I dag\tFra fornyelsen', 'Nå\tNy']) expect(parse(TABLE(h)).deductible_changes, h).toEqual(BRANN);
  });
  it('no product heading above: the rows are coverages of a product nothing names', () => {
    const p = parse(`${HEAD}Egenandel\t2024\t2025\nBrann\tkr 10 000\tkr 15 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'ukjent', coverage: 'Brann', old: ['10000'], new: ['15000'] }]);
  });
  it('«Dekning | 2025 | 2026» right under a heading that names deductibles: the same table; elsewhere no table of changes', () => {
    const rows = 'Dekning\t2025\t2026\nBedriftsansvar\tkr 5 000\tkr 10 000\n';
    expect(parse(`Forsikringsnummer 55501234\n\nEndringer i egenandeler\n${rows}`).deductible_changes).toEqual([{ product: 'Bedriftsansvar', old: ['5000'], new: ['10000'] }]);
    expect(parse(`Forsikringsnummer 55501234\n\nPremie\n${rows}`).deductible_changes).toBeUndefined();
  });
  it('two columns that are no periods («Egenandel | Sum | Pris») are no table of changes', () => {
    expect(parse(`${HEAD}Egenandel\tSum\tPris\nBrann\tkr 10 000\tkr 15 000\n`).deductible_changes).toBeUndefined();
  });
  // the same table as LibreOffice typesets the tab text to PDF: a name that reached the first tab
  // stop runs into the old amount, two amounts run together, the heading set over the header's first cell
  it('cells run together in a PDF of the tab text: the name, the old and the new amount still apart', () => {
    const src = textToSource(`${HEAD}Bedriftsansvar Egenandel\tFør\tNå\nBrann kr 10 000\tkr 15 000\nInnbrudd\tkr 6 000 kr 8 000\nTyveri\tkr 6 000 kr 6 000\n`, 'doc.txt', '0'.repeat(64));
    expect(extractPolicy(src, {}).deductible_changes).toEqual([
      { product: 'Bedriftsansvar', coverage: 'Brann', old: ['10000'], new: ['15000'] },
      { product: 'Bedriftsansvar', coverage: 'Innbrudd', old: ['6000'], new: ['8000'] },
    ]);
  });
});

describe('a forwarded renewal e-mail: the forwarder\'s signature names no product', () => {
  // after a broker's forward: «Mvh» / «Jonas Kvale» / «Aon Norway AS», then «-----Opprinnelig melding-----»,
  // the insurer's mail headers and the bullets of the changes, with no product heading above them
  const MAIL = [
    'Fra: Jonas Kvale <jonas.kvale@megler.no>', 'Sendt: 12. mars 2025 09:14', 'Til: Kari Nordmann <kari@bakeriet.no>', 'Emne: VS: Fornyelse 2025', '',
    'Hei Kari,', '', 'Se vedlagt fornyelsen fra forsikringsselskapet.', '',
    'Mvh', 'Jonas Kvale', 'Aon Norway AS', '',
    '-----Opprinnelig melding-----', 'Fra: Fornyelse <fornyelse@selskap.no>', 'Sendt: 10. mars 2025 14:02', 'Til: Jonas Kvale', 'Emne: Fornyelse 2025', '',
    'Ved fornyelsen 01.04.2025 gjøres følgende endringer:', '',
    '- Egenandel tingskade økes fra NOK 25 000 til NOK 50 000 per skade.',
    '- Egenandel maskinskade kjøle-/fryseanlegg økes fra NOK 50 000 til NOK 75 000.', '',
  ].join('\n');
  it('«Egenandel tingskade økes fra NOK 25 000 …»: the coverage after «Egenandel» is the product, not «Aon Norway AS»', () => {
    expect(parse(MAIL).deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Tingskade', undefined, ['25000'], ['50000']],
      ['Maskinskade kjøle-/fryseanlegg', undefined, ['50000'], ['75000']],
    ]);
  });
  it('without the forward\'s marker, the signature under «Mvh» still names nothing', () => {
    const p = parse(MAIL.replace('-----Opprinnelig melding-----\n', ''));
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Tingskade', 'Maskinskade kjøle-/fryseanlegg']);
  });
  it('a company\'s name as a heading right above the changes names no product either', () => {
    const p = parse('Forsikringsnummer 55501234\n\nAon Norway AS\n\n- Egenandel tingskade økes fra NOK 25 000 til NOK 50 000 per skade.\n');
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Tingskade']);
  });
  it('under a product heading the heading stays the product', () => {
    const p = parse(`${HEAD}Næringsbygg\n\n- Egenandel tingskade økes fra NOK 25 000 til NOK 50 000 per skade.\n`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Næringsbygg']);
  });
});

describe('a table of what changed («Forsikring | Gjelder | Før | Fra 1.1.2025»)', () => {
  const LETTER = 'Forsikringsnummer: 55012345\n\nDette er endret\n\n';
  it('rows whose item is a deductible are changes of the row\'s product; «Egenandel ved råte» names the coverage', () => {
    const p = parse(`${LETTER}Forsikring | Gjelder | Før | Fra 1.1.2025\n-----------|---------|-----|-------------\nHus | Egenandel | kr 6 000 | kr 8 000\nHus | Egenandel ved råte | kr 10 000 | kr 15 000\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Hus', old: ['6000'], new: ['8000'] },
      { product: 'Hus', coverage: 'råte', old: ['10000'], new: ['15000'] },
    ]);
  });
  it('a row of a price is no deductible change: said, not read', () => {
    const p = parse(`${LETTER}Forsikring\tGjelder\tFør\tFra 1.1.2025\nInnbo\tPris per år\tkr 3 200\tkr 3 450\nBil\tEgenandel kasko\tkr 4 000\tkr 6 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Bil', coverage: 'kasko', old: ['4000'], new: ['6000'] }]);
    expect(p.warnings?.some((w) => w.includes('Pris per år') && w.includes('no deductible'))).toBe(true);
  });
  it('«Hva endres | Tidligere | Nå», spaces between the columns, an empty product cell: the product above; «Nå» the new', () => {
    const p = parse(`${LETTER}Forsikring   Hva endres             Tidligere    Nå\nHytte        Egenandel              kr 4 000     kr 6 000\n             Egenandel, vannskade   kr 6 000     kr 10 000\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Hytte', old: ['4000'], new: ['6000'] },
      { product: 'Hytte', coverage: 'vannskade', old: ['6000'], new: ['10000'] },
    ]);
  });
  it('«Gjelder | Nå | Nytt»: «Nå» the old beside «Nytt»', () => {
    const p = parse(`${LETTER}Produkt\tGjelder\tNå\tNytt\nBåt\tEgenandel kasko\tkr 3 000\tkr 5 000\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Båt', coverage: 'kasko', old: ['3000'], new: ['5000'] }]);
  });
});

describe('a mail-merge line «Endret egenandel: product … Tidligere: X … Ny: Y»', () => {
  it('the value after the first label is the product, not the label, not the heading above', () => {
    const p = parse('Forsikringsnummer: 55012345\n\nEndringer ved fornyelsen\n\nEndret egenandel: Landbruk Pluss    Tidligere: 10 000    Ny: 15 000\nEndret egenandel: Traktor\tForrige: kr 4 000\tNy: kr 6 000\nEndret egenandel: Driftsbygning    Før: 8 000    Nå: 12 000\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Landbruk Pluss', ['10000'], ['15000']],
      ['Traktor', ['4000'], ['6000']],
      ['Driftsbygning', ['8000'], ['12000']],
    ]);
  });
});

describe('the insurance named in a definite form, with its place, before the verb', () => {
  it('«Eigenandelen på hytteforsikringa på Fjellvegen 8 aukar frå kr 6 000 til kr 10 000»: Hytteforsikring, without the place', () => {
    const p = parse('Avtalenummer: 55012345\n\nEndringar ved fornyinga\n\nEigenandelen på hytteforsikringa på Fjellvegen 8 aukar frå kr 6 000 til kr 10 000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Hytteforsikring', ['6000'], ['10000']]]);
  });
  it('«Egenandelen på innboforsikringen for Storgata 3 økes fra … til …»: Innboforsikring', () => {
    const p = parse('Avtalenummer: 55012345\n\nEndringer ved fornyelsen\n\nEgenandelen på innboforsikringen for Storgata 3 økes fra kr 3 000 til kr 4 000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Innboforsikring', ['3000'], ['4000']]]);
  });
});

describe('the insurance a change sentence names in its definite form wins over the product heading above', () => {
  const doc = (inn: string, hytte: string): string =>
    `Avtalenummer: 7788 1122\n\nFornying av forsikringane dine\n\nBilforsikring\nEgenandelen på innboforsikringa går opp frå 4 000 til 5 000 kroner.\n\n${inn}\nPris per år: kr 3 400\n\n${hytte}\nPris per år: kr 2 100\nSå seint som i haust vart egenandelen for hytteforsikringen endra frå kr 6 000 til kr 8 000.\n`;
  it('«Egenandelen på innboforsikringa går opp frå 4 000 til 5 000 kroner.» under «Bilforsikring»: Innboforsikring, the document\'s product', () => {
    const p = parse(doc('Innboforsikring', 'Hytteforsikring'));
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Innboforsikring', ['4000'], ['5000']], ['Hytteforsikring', ['6000'], ['8000']]]);
  });
  it('a product heading that is the insurance\'s stem («Innbo») is its name in the document; the heading above that is the insurance stays', () => {
    const p = parse(doc('Innbo', 'Hytte Pluss'));
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Innbo', 'Hytte Pluss']);
  });
  it('two product headings of the insurance («Innbo Pluss», «Innbo»): not one of them guessed, the base form', () => {
    const p = parse(doc('Innbo Pluss\nPris per år: kr 1 000\n\nInnbo', 'Hytteforsikring'));
    expect(p.deductible_changes?.[0]?.product).toBe('Innboforsikring');
  });
  it('an insurance the document has no product of is still the sentence\'s («Egenandelen på innboforsikringa …» in a letter on the car alone)', () => {
    const p = parse('Avtalenummer: 7788 1122\n\nFornying av forsikringane dine\n\nBilforsikring\nEgenandelen på innboforsikringa går opp frå 4 000 til 5 000 kroner.\n');
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Innboforsikring']);
  });
});

describe('a bullet with its place in brackets, and a minimum for two products', () => {
  const doc = 'Avtalenummer: 55012345\n\nEndringer ved fornyelsen\n\n- Bedrift Bygning (Industrivegen 2, 7600 Levanger): valgt egenandel økes med kr 10 000.\n- Egenandeler lavere enn kr 10 000 for bygning eller driftsløsøre heves til kr 10 000.\n';
  it('«Bedrift Bygning (Industrivegen 2, …): valgt egenandel økes med kr 10 000»: an increase of the bullet\'s product, no old value made up', () => {
    expect(parse(doc).deductible_changes?.[0]).toMatchObject({ product: 'Bedrift Bygning', increase: '10000' });
    expect(parse(doc).deductible_changes?.[0]?.old).toBeUndefined();
  });
  it('«Egenandeler lavere enn kr 10 000 for bygning eller driftsløsøre heves til kr 10 000»: a minimum of each, no other warning', () => {
    const p = parse(doc);
    expect(p.deductible_changes?.slice(1).map((c) => [c.product, c.minimum, c.old])).toEqual([
      ['Bygning', '10000', undefined],
      ['Driftsløsøre', '10000', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a change whose product nothing names', () => {
  const LETTER = 'Eika Forsikring AS\n\nAvtalenummer: 6021884410\nDato: 17.11.2025\n\n';
  it('«Egenandelen øker fra 4 000 til 6 000 kroner.» alone: the product «ukjent», and a warning with its line', () => {
    const p = parse(`${LETTER}Egenandelen øker fra 4 000 til 6 000 kroner.\n`);
    expect(p.deductible_changes).toEqual([{ product: 'ukjent', old: ['4000'], new: ['6000'], text: 'Egenandelen øker fra 4 000 til 6 000 kroner.' }]);
    expect(p.warnings.some((w) => w.startsWith('line 6:') && w.includes('names no product'))).toBe(true);
  });
  it('«Egenandelen ved glasskade øker fra 2 000 til 3 000 kroner.»: the peril is the coverage, the product stays «ukjent», warned', () => {
    const p = parse(`${LETTER}Egenandelen ved glasskade øker fra 2 000 til 3 000 kroner.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['ukjent', 'glasskade', ['2000'], ['3000']]]);
    expect(p.warnings.some((w) => w.includes('names no product'))).toBe(true);
  });
  it('an insurer\'s name as a heading («Fremtind») or a label («Tryg:») is never the product or the coverage', () => {
    const p = parse(`${LETTER}Fremtind\nEgenandelen øker fra 4 000 til 6 000 kroner.\n\nTryg: Egenandelen øker fra 3 000 til 6 000 kroner.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage])).toEqual([
      ['ukjent', undefined],
      ['ukjent', undefined],
    ]);
    expect(p.warnings.filter((w) => w.includes('names no product')).length).toBe(2);
  });
  it('a change table\'s cell that is an insurer\'s name is no product either', () => {
    const p = parse(`${HEAD}Forsikring\tTidligere egenandel\tNy egenandel\nGjensidige\tKr 10 000\tKr 15 000\n`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['ukjent']);
  });
});

describe('the product a sentence names by a product word in lower case (no heading above)', () => {
  const LETTER = 'Tryg Forsikring\n\nAvtalenummer: 6021884410\nDato: 17.11.2025\n\n';
  const one = (line: string) => parse(`${LETTER}${line}\n`).deductible_changes?.map((c) => ({ product: c.product, coverage: c.coverage, old: c.old, new: c.new }));
  it('«Egenandelen for hytteforsikringen øker fra 8 000 til 10 000 kroner.»', () => {
    expect(one('Egenandelen for hytteforsikringen øker fra 8 000 til 10 000 kroner.')).toEqual([{ product: 'Hytteforsikring', coverage: undefined, old: ['8000'], new: ['10000'] }]);
  });
  it('«Vi øker egenandelen på bilforsikringen, kasko, fra kr 6 000 til kr 8 000.»: the cover level between commas is the coverage', () => {
    expect(one('Vi øker egenandelen på bilforsikringen, kasko, fra kr 6 000 til kr 8 000.')).toEqual([{ product: 'Bilforsikring', coverage: 'kasko', old: ['6000'], new: ['8000'] }]);
  });
  it('«Ved vannskade på bolig blir egenandelen 15 000 kr (før 10 000 kr).»: the peril first is the coverage', () => {
    expect(one('Ved vannskade på bolig blir egenandelen 15 000 kr (før 10 000 kr).')).toEqual([{ product: 'Bolig', coverage: 'vannskade', old: ['10000'], new: ['15000'] }]);
  });
  it('«For skade ved innbrudd i fritidsbolig øker egenandelen fra 6 000 til 8 000 kroner.»', () => {
    expect(one('For skade ved innbrudd i fritidsbolig øker egenandelen fra 6 000 til 8 000 kroner.')).toEqual([{ product: 'Fritidsbolig', coverage: 'innbrudd', old: ['6000'], new: ['8000'] }]);
  });
  it('nynorsk «Eigenandelen for bustadforsikringa aukar frå 8 000 til 12 000 kroner.»', () => {
    expect(one('Eigenandelen for bustadforsikringa aukar frå 8 000 til 12 000 kroner.')).toEqual([{ product: 'Bustadforsikring', coverage: undefined, old: ['8000'], new: ['12000'] }]);
  });
  it('nynorsk «Eigendelen ved vassskade på hytta går opp frå 10 000 kr til 15 000 kr.»: «eigendel», and «hytta» as «Hytte»', () => {
    expect(one('Eigendelen ved vassskade på hytta går opp frå 10 000 kr til 15 000 kr.')).toEqual([{ product: 'Hytte', coverage: 'vassskade', old: ['10000'], new: ['15000'] }]);
  });
  it('a heading «Eigendel» or «Endret egenandel» over «Eigendelen på driftsbygning aukar frå kr 8 000 til kr 10 000.» names the part, not the product', () => {
    for (const heading of ['Eigendel', 'Endra eigendel', 'Endret egenandel']) {
      const p = parse(`Dato: 18.11.2025\n\n${heading}\nEigendelen på driftsbygning aukar frå kr 8 000 til kr 10 000.\n`);
      expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new]), heading).toEqual([['Driftsbygning', ['8000'], ['10000']]]);
    }
  });
  it('«husforsikringen: egenandelen endres fra 6 000 til 8 000 kr»: a label in lower case, the product as its name', () => {
    expect(one('husforsikringen: egenandelen endres fra 6 000 til 8 000 kr')).toEqual([{ product: 'Husforsikring', coverage: undefined, old: ['6000'], new: ['8000'] }]);
  });
  it('a peril that is itself a product word is no coverage: «For bygning i …»', () => {
    expect(one('For bygning i fritidsbolig øker egenandelen fra 6 000 til 8 000 kroner.')?.[0]?.coverage).toBeUndefined();
  });
});

describe('a capitalised name right after the deductible\'s word is the change\'s product, known to the index-class table or not', () => {
  const LETTER = 'Dato: 01.12.2025\n\nEndringer ved fornyelsen\n\n';
  const changes = (text: string) => parse(`${LETTER}${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c);
  // a broker's forwarded e-mail: «Egenandelen på Næringsdrift øker fra kr 10 000 til kr 15 000.»
  it('«Egenandelen på Næringsdrift øker …»: Næringsdrift', () => {
    expect(changes('Egenandelen på Næringsdrift øker fra kr 10 000 til kr 15 000.')).toEqual([{ product: 'Næringsdrift', old: ['10000'], new: ['15000'] }]);
  });
  // a nynorsk renewal of a housing co-operative: «Eigenandelen for Burettslag, dekning Pluss, aukar frå kr 10 000 til
  // kr 15 000.» and «Ved vasskade aukar eigenandelen for Burettslag frå kr 15 000 til kr 20 000.»
  it('the cover between commas and the peril the sentence opens with are the coverage; «frå» ends the name', () => {
    expect(changes('Eigenandelen for Burettslag, dekning Pluss, aukar frå kr 10 000 til kr 15 000.\n\nVed vasskade aukar eigenandelen for Burettslag frå kr 15 000 til kr 20 000.')).toEqual([
      { product: 'Burettslag', coverage: 'Pluss', old: ['10000'], new: ['15000'] },
      { product: 'Burettslag', coverage: 'vasskade', old: ['15000'], new: ['20000'] },
    ]);
  });
  it('an insurer\'s name there is no product: «Egenandelen for Tryg øker …» stays «ukjent», warned', () => {
    const p = parse(`${LETTER}Egenandelen for Tryg øker fra kr 5 000 til kr 6 000.\n`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['ukjent']);
    expect(p.warnings).toHaveLength(1);
  });
  it('a capitalised name elsewhere in the sentence is not taken unless the table knows it: «For kunder i Oslo øker egenandelen …»', () => {
    expect(changes('For kunder i Oslo øker egenandelen fra kr 5 000 til kr 6 000.')?.map((c) => c.product)).toEqual(['ukjent']);
  });
});

describe('a renewal notice\'s paragraph with a change per product, each product word opening its sentence', () => {
  // an insurer's «Nyheter og endringer»: «Egenandelen på husforsikringen øker fra 6 000 kroner til 8 000 kroner. På
  // bilforsikringen går egenandelen ved glasskade opp fra 3 000 kroner til 4 000 kroner.»
  it('«På bilforsikringen går egenandelen ved glasskade opp …»: product and peril; the two changes are read apart', () => {
    const p = parse('Dato: 01.12.2024\n\nHøyere egenandel på huset\nEgenandelen på husforsikringen øker fra 6 000 kroner til 8 000 kroner. På bilforsikringen går\negenandelen ved glasskade opp fra 3 000 kroner til 4 000 kroner. Andre egenandeler er som før.\n');
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([
      { product: 'Husforsikring', old: ['6000'], new: ['8000'] },
      { product: 'Bilforsikring', coverage: 'glasskade', old: ['3000'], new: ['4000'] },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a minimum deductible whose product word opens the clause before a colon', () => {
  // a business renewal letter: «For bedriftsansvar innfører vi en minste egenandel: har dere i dag lavere egenandel enn
  // kr 10 000, økes den til kr 10 000 fra fornyelsen.»
  it('is the minimum of Bedriftsansvar (it was «ukjent»)', () => {
    const p = parse('Dato: 01.12.2024\n\nEndringer ved fornyelsen\n\nFor bedriftsansvar innfører vi en minste egenandel: har dere i dag lavere egenandel enn\nkr 10 000, økes den til kr 10 000 fra fornyelsen.\n');
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Bedriftsansvar', minimum: '10000' }]);
  });
});

describe('a forwarded e-mail: the new amount first, the current one in brackets, the cover in the label', () => {
  const MAIL = 'Fra: Kundeservice <kundeservice@eksempel.no>\nSendt: 2. desember 2024 09:14\nTil: ola@eksempel.no\nEmne: VS: Fornyelse av forsikringene dine\n\nPolisenummer: 77123456\n\n';
  it('«Ny egenandel bilskade: 8 000 kr (i dag 6 000 kr)»: old 6 000, new 8 000 — never the other way round', () => {
    const p = parse(`${MAIL}Ny egenandel bilskade: 8 000 kr (i dag 6 000 kr)\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Bilskade', old: ['6000'], new: ['8000'], text: '8 000 kr (i dag 6 000 kr)' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Egenandel eiendom blir kr 50 000 per skade (i dag kr 25 000)»: the cover right after the word, before the verb; «per skade» after the new amount', () => {
    for (const line of ['Egenandel eiendom blir kr 50 000 per skade (i dag kr 25 000), jf. skadeforløpet.', 'Egenandel bygning blir kr 20 000 (tidligere kr 15 000).']) {
      const p = parse(`${MAIL}${line}\n`);
      const [old, now] = line.includes('eiendom') ? ['25000', '50000'] : ['15000', '20000'];
      expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([[line.includes('eiendom') ? 'Eiendom' : 'Bygning', [old], [now]]]);
    }
  });
  it('«… 10 000 kr (tidligere 8 000 kr)» the same', () => {
    const p = parse(`${MAIL}Ny egenandel vannskade: 10 000 kr (tidligere 8 000 kr)\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Vannskade', ['8000'], ['10000']]]);
  });
  it('the other order, today\'s amount first and the new one in brackets («(ny: 8 000 kr)», «(fra fornyelsen 8 000 kr)»): old 6 000, new 8 000', () => {
    for (const line of ['Egenandel bilskade: 6 000 kr (ny: 8 000 kr)', 'Egenandel bilskade: 6 000 kr (fra fornyelsen 8 000 kr)']) {
      const p = parse(`${MAIL}${line}\n`);
      expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Bilskade', ['6000'], ['8000']]]);
    }
  });
  it('under a product heading the label\'s word is the coverage', () => {
    const p = parse(`${MAIL}Bilforsikring\nNy egenandel glass: 3 000 kr (i dag 2 000 kr)\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Bilforsikring', 'glass', ['2000'], ['3000']]]);
  });
});

describe('a deductible the letter says is unchanged is no change, and no warning', () => {
  it.each([
    ['Egenandelen er uendret (4 000 kr)'],
    ['Egenandel uendret (4 000 kr)'],
    ['Egenandel: 4 000 kr (tidligere 4 000 kr)'],
    ['Egenandelen blir 4 000 kr (i dag 4 000 kr).'],
    ['Egenandel i dag: 4 000 kr\nNy egenandel: 4 000 kr (uendret)'],
    // docs/fremtind-fornyelse-sporsmal-svar-2025: the sentence after states no figure
    ['Egenandelen er uendret (4 000 kr). Du kan velge en høyere egenandel og få lavere pris.'],
  ])('%s', (lines) => {
    const p = parse(`Avtalenummer: 7734 2210\n\nDette er nytt ved fornyelsen\n\nInnboforsikring\n${lines}\n`);
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });
});

describe('a renewal letter in prose: minimums with «under»/«lågare enn», an increase with its new amount, a paragraph\'s label', () => {
  // test/corpus/docs/landkreditt-epost-etikettavsnitt-2025 and sparebank1-fornying-nynorsk-prisliner-2025
  const doc = (text: string): Policy => parse(`Avtalenummer: 4481907\n\nDette endres ved fornyelsen\n\nEgenandeler\n${text}\n`);
  const changes = (text: string) => doc(text).deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Landbruksansvar: Har du en egenandel under 5 000 kr, økes den til 5 000 kr.»: a minimum of the label\'s product', () => {
    expect(changes('Landbruksansvar: Har du en egenandel under 5 000 kr, økes den til 5 000 kr.')).toEqual([{ product: 'Landbruksansvar', minimum: '5000' }]);
  });
  it('«Dersom eigenandelen din på innbuforsikringa er lågare enn 4 000 kroner, blir han auka til 4 000 kroner.»: the product the sentence names', () => {
    expect(changes('Dersom eigenandelen din på innbuforsikringa er lågare enn 4 000 kroner, blir han auka til 4 000 kroner.')).toEqual([{ product: 'Innbuforsikring', minimum: '4000' }]);
  });
  it('«… under kr 4 000, blir den hevet til kr 6 000»: a deductible between the two stays, so no minimum is read — and the line is said', () => {
    const p = doc('Hytteforsikring: Har du egenandel under kr 4 000, blir den hevet til kr 6 000.');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('could not read the deductible change'))).toBe(true);
  });
  it('«Driftsbygning: Egenandelen økes med 2 000 kr til 8 000 kr.»: the increase, the new amount, and the old one as their difference', () => {
    expect(changes('Driftsbygning: Egenandelen økes med 2 000 kr til 8 000 kr.')).toEqual([{ product: 'Driftsbygning', old: ['6000'], new: ['8000'], increase: '2000' }]);
    // (the increase alone states no old or new amount)
    expect(changes('Driftsbygning: Egenandelen økes med 2 000 kr.')).toEqual([{ product: 'Driftsbygning', increase: '2000' }]);
  });
  it('«Kasko traktor: Egenandelen økes fra 10 000 kr til 15 000 kr.»: the label is a product and its cover, no product of its own', () => {
    expect(changes('Kasko traktor: Egenandelen økes fra 10 000 kr til 15 000 kr.')).toEqual([{ product: 'Traktor', coverage: 'Kasko', old: ['10000'], new: ['15000'] }]);
  });
  it('«Naturskade har ein fast eigenandel på 8 000 kroner som ikkje vert endra.»: no change, and nothing unread', () => {
    const p = doc('Naturskade har ein fast eigenandel på 8 000 kroner som ikkje vert endra.');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });
});

describe('a letterhead\'s place and date, and the salutation, name no product', () => {
  // test/corpus/docs/sparebank1-fornying-nynorsk-prisliner-2025: «Førde, 27. januar 2025» / «Kjære Ingrid Haugland» above the prose
  const change = 'Eigendelen på husforsikringa er auka frå 6 000 til 8 000 kroner.';
  it('«Førde, 27. januar 2025» / «Kjære Ingrid Haugland» over «Eigendelen på husforsikringa er auka …»: the sentence\'s product', () => {
    const p = parse(`SpareBank 1 Skadeforsikring AS\nFørde, 27. januar 2025\n\nKjære Ingrid Haugland\n\nForsikringa di er fornya for perioden frå 01.03.2025 til 28.02.2026.\n\n${change}\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Husforsikring', old: ['6000'], new: ['8000'] }]);
  });
  it('the place and date line alone, without a salutation, is no product either', () => {
    const p = parse(`SpareBank 1 Skadeforsikring AS\nFørde, 27. januar 2025\n\n${change}\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Husforsikring', old: ['6000'], new: ['8000'] }]);
  });
});

describe("a mail-merged record's deductible with its former amount in brackets", () => {
  // a renewal letter of records («Forsikring: …», «Forsikret objekt: …», …), the changes listed again below
  const DOC =
    'Forsikringsnummer:        E-4471 0923\n\nNyheter og endringer i forsikringene dine\n\n' +
    'Forsikring:               Hytteforsikring\nForsikret objekt:         Hytte, Ustaoset Hyttegrend 14, 3579 Torpo\n' +
    'Forsikringssum:           Fullverdi\nEgenandel:                kr 8 000 (tidligere kr 6 000)\nPris per år:              kr 7 215 (tidligere kr 6 640)\n\n' +
    'Endringer i egenandeler\n- Hytteforsikring: egenandelen endres fra kr 6 000 til kr 8 000.\n';
  it("is a change of the record's product, stated once though the list says it again", () => {
    const p = parse(DOC);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Hytteforsikring', ['6000'], ['8000']]]);
  });
  it("and the record's deductible: the record is one coverage (the rest of it was a second one at the policyholder's address)", () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Hytteforsikring', object: 'Hytte, Ustaoset Hyttegrend 14, 3579 Torpo', index_class: 'bygninger', deductible: '8000', premium: '7215', note: 'Fullverdi' },
    ]);
  });
});

describe('a change sentence that names two products, or its product in quotes', () => {
  const strip = (p: Policy) => p.deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Egenandelen for hus og hytte økes fra 4 000 til 6 000 kr»: each product gets the change', () => {
    const p = parse(`${HEAD}Egenandelen for hus og hytte økes fra 4 000 til 6 000 kr.\n`);
    expect(strip(p)).toEqual([{ product: 'Hus', old: ['4000'], new: ['6000'] }, { product: 'Hytte', old: ['4000'], new: ['6000'] }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Egenandelen på kasko for bil og båt økes …»: the cover named before the products is each one\'s coverage', () => {
    const p = parse(`${HEAD}Egenandelen på kasko for bil og båt økes fra kr 6 000 til kr 8 000.\n`);
    expect(strip(p)).toEqual([
      { product: 'Bil', coverage: 'kasko', old: ['6000'], new: ['8000'] },
      { product: 'Båt', coverage: 'kasko', old: ['6000'], new: ['8000'] },
    ]);
  });
  it('two objects under a product heading are that product\'s: the heading stays the product', () => {
    const p = parse(`${HEAD}Næringsbygg\nEgenandelen for bygning og løsøre økes fra kr 10 000 til kr 15 000.\n`);
    expect(strip(p)?.map((c) => c.product)).toEqual(['Næringsbygg']);
  });
  it('«Egenandelen på «Innbo Pluss» økes …», «… for "Villa Ekstra" …», «For «Bil Kasko» øker …»: the quoted name, whole', () => {
    const p = parse(`${HEAD}Egenandelen på «Innbo Pluss» økes fra kr 4 000 til kr 5 000.\nEgenandelen for "Villa Ekstra" økes fra kr 6 000 til kr 8 000.\nFor «Bil Kasko» øker egenandelen fra kr 6 000 til kr 7 000.\n`);
    expect(strip(p)?.map((c) => c.product)).toEqual(['Innbo Pluss', 'Villa Ekstra', 'Bil Kasko']);
    expect(p.warnings).toEqual([]);
  });
});

describe('a deductible of an amount plus a percentage («kr 5 000 + 20 % av overskytende»)', () => {
  it('a change to or from such a deductible is a warning naming the line, not a plain amount or the percentage alone', () => {
    const p = parse(`${HEAD}Egenandelen for Rettshjelp endres fra kr 4 000 + 20 % av overskytende til kr 5 000 + 20 % av overskytende.\nEgenandelen for Næringsbygg økes fra kr 10 000 til kr 15 000.\n`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Næringsbygg']);
    expect(p.warnings?.join('\n')).toContain('line 5: the deductible change for Rettshjelp states an amount plus a percentage');
  });
  it('«… 15 % av skaden, minimum kr 8 000» is still a percentage with a minimum', () => {
    const p = parse(`${HEAD}Egenandelen for Næringsbygg blir 15 % av skaden, minimum kr 8 000.\n`);
    expect(p.deductible_changes?.[0]).toMatchObject({ product: 'Næringsbygg', percent: '15', minimum: '8000' });
  });
});

describe('mail-merged change records: «Endret egenandel: fra kr 5 000 til kr 8 000» under the record\'s product line', () => {
  const strip = (p: Policy) => p.deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«Bolighus – Kirkevegen 18, 3610 Kongsberg» over the change: the product before the dash and the place', () => {
    const p = parse(`${HEAD}Bolighus – Kirkevegen 18, 3610 Kongsberg\nEndret egenandel: fra kr 5 000 til kr 8 000\n`);
    expect(strip(p)).toEqual([{ product: 'Bolighus', old: ['5000'], new: ['8000'] }]);
  });
  it('«Forsikring: Personbil EK 12345» right above is the record\'s product, not the heading of the record before it', () => {
    const p = parse(`${HEAD}Fritidsbolig – Hyttevegen 2, 3577 Hovet\nEndret egenandel: fra kr 4 000 til kr 6 000\n\nForsikring: Personbil EK 12345\nEndret egenandel: fra kr 6 000 til kr 8 000\n`);
    expect(strip(p)?.map((c) => c.product)).toEqual(['Fritidsbolig', 'Personbil']);
  });
  it('«Forsikring: Bolighus, Storgata 5, 3610 Kongsberg»: the product before the comma', () => {
    const p = parse(`${HEAD}Forsikring: Bolighus, Storgata 5, 3610 Kongsberg\nEndret egenandel: fra kr 5 000 til kr 8 000\n`);
    expect(strip(p)?.map((c) => c.product)).toEqual(['Bolighus']);
  });
});

describe('a renewal letter\'s paragraph of deductible changes, each sentence on its own thing insured', () => {
  // a farm's renewal letter under «Egenandeler»: «Har du hatt lavere egenandel enn kr 6 000 på våningshuset, vil denne økes til
  // kr 6 000. Valgt egenandel på driftsbygningen økes med kr 4 000. Egenandelen ved skade på husdyr endres fra en fast egenandel
  // på kr 5 000 til 10 % av skadebeløpet.»
  const LETTER = 'Dato: 14.11.2025\n\nFornyelse 2026\n\nEgenandeler\nFra 1. januar 2026 gjelder dette:\n\n';
  it('each sentence names its product in lower case: a change each, not one change of the first', () => {
    const p = parse(`${LETTER}Har du hatt lavere egenandel enn kr 6 000 på våningshuset, vil denne økes til\nkr 6 000. Valgt egenandel på driftsbygningen økes med kr 4 000.\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([
      { product: 'Våningshus', minimum: '6000' },
      { product: 'Driftsbygning', increase: '4000' },
    ]);
  });
  it('«fra en fast egenandel på kr 5 000 til 10 % av skadebeløpet»: the old amount and the new percentage, no new amount', () => {
    const p = parse(`${LETTER}Egenandelen ved skade på husdyr endres fra en fast egenandel på kr 5 000 til 10 % av skadebeløpet.\n`);
    expect(p.deductible_changes?.map(({ text: _t, ...c }) => c)).toEqual([{ product: 'Husdyr', old: ['5000'], percent: '10' }]);
  });
  it('a record\'s fields written as sentences («Egenandel: 10 % av skadebeløpet.») state the deductible, no change — and no warning', () => {
    const p = parse(`${LETTER}Landbruksløsøre, Nedre Kvål, 7290 Støren\nForsikringssum: kr 4 180 000. Egenandel: 10 % av skadebeløpet. Premie: kr 12 060.\n`);
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings.filter((w) => w.includes('deductible change'))).toEqual([]);
  });
});

describe('deductible changes as renewal letters write them in sentences and tables', () => {
  const LETTER = 'Dato: 18.11.2025\n\nEndringer ved fornyelsen\n\n';
  const plain = (p: Policy): unknown => p.deductible_changes?.map(({ text: _t, ...c }) => c);
  it('nynorsk «Har du lågare eigendel enn 5 000 kroner på landbruksansvar, blir han auka til 5 000 kroner»: the minimum of the product after «på»', () => {
    expect(plain(parse(`${LETTER}Eigendelar\nHar du lågare eigendel enn 5 000 kroner på landbruksansvar, blir han auka til\n5 000 kroner.\n`))).toEqual([{ product: 'Landbruksansvar', minimum: '5000' }]);
  });
  it('«Vannskade: Har sameiet lavere egenandel enn kr 30 000 ved vannskade, økes egenandelen til kr 30 000.»: the word again for the pronoun — a minimum', () => {
    expect(plain(parse(`${LETTER}Endringer i egenandel fra 01.01.2026\nVannskade: Har sameiet lavere egenandel enn kr 30 000 ved vannskade,\nøkes egenandelen til kr 30 000.\n`))).toEqual([{ product: 'Vannskade', minimum: '30000' }]);
  });
  it('«For Ansvar gjelder at egenandelen skal være minst kr 10 000»: a minimum from now on', () => {
    expect(plain(parse(`${LETTER}For Ansvar gjelder at egenandelen skal være minst kr 10 000. Har dere i dag\nen lavere egenandel, blir den økt til kr 10 000.\n`))).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
  });
  it('«- Bedriftsansvar: Minste egenandel blir kr 10 000.»: a minimum, not a new deductible of the product', () => {
    expect(plain(parse(`${LETTER}Nytt om egenandeler\n- Bedriftsansvar: Minste egenandel blir kr 10 000. Har dere i dag en lavere\n  egenandel, blir den satt til kr 10 000 fra fornyelsen.\n`))).toEqual([{ product: 'Bedriftsansvar', minimum: '10000' }]);
  });
  it('«(Tidligere fast egenandel kr 8 000.)» on the line under a change to a percentage: the old amount of that change', () => {
    expect(plain(parse(`${LETTER}Nytt om egenandeler\n- Rettshjelp: Egenandelen blir 20 % av kostnadene i saken.\n  (Tidligere fast egenandel kr 8 000.)\n`))).toEqual([{ product: 'Rettshjelp', old: ['8000'], percent: '20' }]);
  });
  it('«Egenandel per skadetilfelle: kr 2 000 (i dag kr 1 500)»: what it is counted per before the colon; the old amount in brackets', () => {
    expect(plain(parse(`${LETTER}Behandlingsforsikring\nVi øker derfor egenandelen og justerer prisen.\n\n  Egenandel per skadetilfelle:       kr 2 000 (i dag kr 1 500)\n`))).toEqual([{ product: 'Behandlingsforsikring', old: ['1500'], new: ['2000'] }]);
  });
  it('«Dekning | Før | Fra 1. januar 2025»: the dated column is the new deductible, and a line of amounts alone under a row is that row\'s', () => {
    const p = parse(`${LETTER}3. Nye egenandeler\n   Dekning                        Før          Fra 1. januar 2025\n   Driftsbygning - Brann          kr 10 000    kr 15 000\n   Traktor - Kasko                kr 6 000     kr 10 000\n                                  kr 10 000    kr 15 000\n`);
    expect(plain(p)).toEqual([
      { product: 'Driftsbygning', coverage: 'Brann', old: ['10000'], new: ['15000'] },
      { product: 'Traktor', coverage: 'Kasko', old: ['6000', '10000'], new: ['10000', '15000'] },
    ]);
  });
  it('«NYHETER OG ENDRINGER …» over «Fornyelse gjelder fra: 01.01.2026»: the letter\'s field ends no letter part — its changes below are read', () => {
    const p = parse('NYHETER OG ENDRINGER VED FORNYELSEN AV AVTALEN\n\nFornyelse gjelder fra: 01.01.2026\n\nTakk for at dere er kunde hos oss.\n\nFor Ansvar gjelder at egenandelen skal være minst kr 10 000.\n');
    expect(plain(p)).toEqual([{ product: 'Ansvar', minimum: '10000' }]);
  });
});

describe('a renewal letter\'s change sentences: the product last, an increase under a condition', () => {
  const strip = (p: Policy): Array<Record<string, unknown>> | undefined => p.deductible_changes?.map(({ text: _t, ...c }) => c);
  it('«… for skader på bygning i Næringsbygg-forsikringen»: the product without the insurance\'s definite word', () => {
    const p = parse(`${HEAD}Egenandelen økes fra kr 4 000 til kr 6 000 for skader på bygning i Næringsbygg-forsikringen.\n`);
    expect(strip(p)).toEqual([{ product: 'Næringsbygg', old: ['4000'], new: ['6000'] }]);
  });
  it('«… på forsikringen Landbruk Komfort»: a name the sentence calls an insurance is the product, known or not', () => {
    const p = parse(`${HEAD}Egenandelen øker fra 5 000 kroner til 7 500 kroner på forsikringen Landbruk Komfort.\n`);
    expect(strip(p)).toEqual([{ product: 'Landbruk Komfort', old: ['5000'], new: ['7500'] }]);
  });
  it('«… for Kjøretøy under 3,5 tonn»: a decimal figure is part of the name, never its end', () => {
    const p = parse(`${HEAD}Egenandelen økes fra kr 6 000 til kr 8 000 for Kjøretøy under 3,5 tonn.\n`);
    expect(strip(p)?.map((c) => c.product)).toEqual(['Kjøretøy under 3,5 tonn']);
  });
  it('«Egenandelen på kasko økes … for Varebil»: the cover before the verb, the product last', () => {
    const p = parse(`${HEAD}Egenandelen på kasko økes fra kr 4 000 til kr 6 000 for Varebil.\n`);
    expect(strip(p)).toEqual([{ product: 'Varebil', coverage: 'kasko', old: ['4000'], new: ['6000'] }]);
  });
  it('«For Næringsbil med kasko økes valgt egenandel med kr 2 000 dersom føreren er under 23 år»: an increase, its condition in the text', () => {
    const p = parse(`${HEAD}For Næringsbil med kasko økes valgt egenandel med kr 2 000 dersom føreren er under 23 år.\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Næringsbil', coverage: 'kasko', increase: '2000', text: 'For Næringsbil med kasko økes valgt egenandel med kr 2 000 dersom føreren er under 23 år.' },
    ]);
    expect(p.deductible_changes?.[0]?.new).toBeUndefined();
  });
  it('«For Traktor blir egenandelen økt med kr 3 000 når …»: the verb before the deductible', () => {
    const p = parse(`${HEAD}For Traktor blir egenandelen økt med kr 3 000 når føreren er under 20 år.\n`);
    expect(strip(p)).toEqual([{ product: 'Traktor', increase: '3000' }]);
  });
  it('«dersom føreren …» holds no «som før»: the sentence is no unchanged deductible', () => {
    const p = parse(`${HEAD}Egenandelen for Lastebil økes med kr 5 000 dersom føreren er under 25 år.\n`);
    expect(strip(p)).toEqual([{ product: 'Lastebil', increase: '5000' }]);
  });
  it('two sentences on one product run together in a paragraph, each naming its coverage: two changes', () => {
    const p = parse(`${HEAD}For Varebil med kasko økes valgt egenandel med kr 4 000 når bilen føres av person under 25 år. Egenandelen for glasskade endres fra kr 3 000 til kr 4 000 på Varebil.\n`);
    expect(strip(p)).toEqual([
      { product: 'Varebil', coverage: 'kasko', increase: '4000' },
      { product: 'Varebil', coverage: 'glasskade', old: ['3000'], new: ['4000'] },
    ]);
  });
  it('in conditions (no letter part) the verb-first increase is a rule, not a change', () => {
    const p = parse('Forsikringsnummer 55501234\n\nVilkår Bilforsikring\n\n8. Egenandel\nFor førere under 23 år økes egenandelen med kr 5 000.\n');
    expect(p.deductible_changes).toBeUndefined();
  });
});

describe('a certificate\'s «Særvilkår» state rules, not changes', () => {
  it('«Ved tjuveri … blir eigendelen auka med kr 10 000» under «Særvilkår» of a certificate is no change', () => {
    const p = parse('FORSIKRINGSBEVIS - BÅTFORSIKRING\nForsikringsnummer:\tB 6620 1948\n\nSærvilkår\nBåten skal liggje i opplag på land om vinteren. Ved tjuveri av påhengsmotor utan godkjend motorlås blir eigendelen auka med kr 10 000.\n');
    expect(p.deductible_changes ?? []).toEqual([]);
  });
});

describe('a bullet that names the peril, then the product', () => {
  it('«• Egenandelen for vannskade på Hus øker fra kr 4 000 til kr 6 000.»: the peril is the coverage, also in nynorsk', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEgenandeler\n• Egenandelen for vannskade på Hus øker fra kr 4 000 til kr 6 000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Hus', 'vannskade', ['4000'], ['6000']]]);
    const nn = parse('Avtalenummer: 3391 7720\n\nEigenandelar:\n– Eigenandelen for vasskade på Villa aukar frå kr 4 000 til kr 6 000.\n');
    expect(nn.deductible_changes?.map((c) => [c.product, c.coverage])).toEqual([['Villa', 'vasskade']]);
  });
  it('the figures between the peril and the product («… for glasskade endres fra kr 3 000 til kr 4 000 på Varebil»): no coverage of figures', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEgenandelen for glasskade endres fra kr 3 000 til kr 4 000 på Varebil.\n');
    expect(p.deductible_changes?.every((c) => c.coverage === undefined || !/\d/.test(c.coverage))).toBe(true);
  });
});

describe('a broker\'s table of this year against next year', () => {
  // test/corpus/docs/megler-fornyelse-sum-egenandel-aar-mot-aar-hdi-2027.txt:
  // «Produkt  Selskap  Sum 2026  Sum 2027  Egenandel 2026  Egenandel 2027  Premie 2026  Premie 2027  Endring»
  it('is read as deductible changes and as the schedule\'s rows, the newest year\'s figures the row\'s', () => {
    const p = parse(
      'Fornyelsesoversikt\n\n' +
        'Produkt              Selskap   Sum 2026      Sum 2027      Egenandel 2026   Egenandel 2027   Premie 2026   Premie 2027   Endring\n' +
        'Næringsbygg          HDI       62 000 000    64 500 000    50 000           100 000          58 900        63 400        +7,6 %\n' +
        'Driftstap            HDI       25 000 000    25 000 000    50 000           50 000            9 300         9 300         0,0 %\n',
    );
    expect(p.deductible_changes).toEqual([{ product: 'Næringsbygg', old: ['50000'], new: ['100000'] }]);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Næringsbygg', '64500000', '100000', '63400'],
      ['Driftstap', '25000000', '50000', '9300'],
    ]);
  });
});

describe('the thing insured a change sentence names is the change\'s, under another product', () => {
  const changes = (text: string) => parse(`Forsikringsnummer 55501234\n\n${text}\n`).deductible_changes?.map(({ text: _t, ...c }) => c) ?? [];
  it('«Eigendelen for driftsbygning er auka frå …» under a schedule ending in «Landbruksansvar»', () => {
    expect(changes('Landbruksansvar\nEigendelen for driftsbygning er auka frå kr 10 000 til kr 15 000 etter to vassskadar på fjøset.').map((c) => c.product)).toEqual(['Driftsbygning']);
  });
  it('«… hevet egenandelen for vannskade på bygning fra kr 25 000 til kr 50 000» under a contact line: Bygning, vannskade', () => {
    const c = changes('Kundeansvarlig: Øystein Brekke\nTryg har ved fornyelsen hevet egenandelen for vannskade på bygning fra kr 25 000 til kr 50 000.');
    expect(c.map((x) => [x.product, x.coverage])).toEqual([['Bygning', 'vannskade']]);
  });
  it('«Egenandel ved vannskade på bygning: NOK 15.000,- (tidligere NOK 10.000,-)» under «Styreansvar»', () => {
    const c = changes('Styreansvar\n* Egenandel ved vannskade på bygning: NOK 15.000,- (tidligere NOK 10.000,-).');
    expect(c.map((x) => [x.product, x.coverage, x.old, x.new])).toEqual([['Bygning', 'vannskade', ['10000'], ['15000']]]);
  });
});

describe('a line of amounts alone under a change table\'s row', () => {
  it('«Bil og varebil    Kasko    Kr 6 000    Kr 8 000» over «Kr 10 000    Kr 12 000»: the row\'s second deductible', () => {
    const text = ['Forsikringsnummer 55501234', '', 'Endring av eigenandelar', 'Produkt           Dekning                     Tidlegare         Ny', '                                              eigenandel        eigenandel', 'Næringsbygg       Pluss Brann og vatn         Kr 10 000         Kr 15 000', 'Bil og varebil    Kasko                       Kr 6 000          Kr 8 000', '                                              Kr 10 000         Kr 12 000', ''].join('\n');
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Næringsbygg', 'Pluss Brann og vatn', ['10000'], ['15000']],
      ['Bil og varebil', 'Kasko', ['6000', '10000'], ['8000', '12000']],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a list of changed deductibles under a line that introduces it with a colon', () => {
  // (a broker's renewal report: «Endrede egenandeler hos If fra fornyelsen:» over bullets of products)
  const list = [
    'Fornyelsesrapport',
    'Avtalenummer: 55120044',
    '',
    'Endrede egenandeler hos If fra fornyelsen:',
    '- Bygning: fra NOK 15 000 til NOK 20 000',
    '- Varer: fra NOK 15 000 til NOK 20 000',
    '- Bedriftsansvar: NOK 25 000 (i dag NOK 10 000)',
    '',
  ].join('\n');
  it('each bullet is a change of its product; «NOK 25 000 (i dag NOK 10 000)»: new 25 000, old 10 000', () => {
    const p = parse(list);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Bygning', ['15000'], ['20000']],
      ['Varer', ['15000'], ['20000']],
      ['Bedriftsansvar', ['10000'], ['25000']],
    ]);
  });
  it('a line with a colon that names no deductible introduces no such list', () => {
    const p = parse(list.replace('Endrede egenandeler hos If fra fornyelsen:', 'Endringer i prisen fra fornyelsen:'));
    expect(p.deductible_changes ?? []).toEqual([]);
  });
});

describe('a change sentence that names its liability after «for», in lower case', () => {
  // 50/hdi-fornyelse-ansvar-2025: «Egenandel per skade for produktansvar økes fra NOK 25 000,- til NOK 50 000,-.»
  it('what the deductible is counted by between: the product word after «for»', () => {
    const p = parse(`${HEAD}Egenandel per skade for bedriftsansvar økes fra NOK 20 000,- til NOK 40 000,-.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Bedriftsansvar', ['20000'], ['40000']]]);
    expect(p.warnings).toEqual([]);
  });
  // 50/klp-fornyelse-kommune-2026: «Egenandelen for kommunalt ansvar økes med kr 10 000, fra kr 20.000 til kr 30.000 per skade.»
  it('two words, the last the product\'s word: the product named by both', () => {
    const p = parse(`${HEAD}Egenandelen for offentlig ansvar økes med kr 5 000, fra kr 15 000 til kr 20 000 per skade.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new, c.increase])).toEqual([['Offentlig ansvar', ['15000'], ['20000'], '5000']]);
  });
});

describe('a header cell over two columns of amounts («Før | | Etter |», as a PDF gives it)', () => {
  it('reads both amounts under «Før» as the old deductibles, both under «Etter» as the new', () => {
    const line = (n: number, cells: string[]) => ({ page: 1, line: n, text: cells.join('\t'), cells });
    const doc = {
      file: 'doc.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
      lines: [
        line(1, ['Polisenr. 40-771 2205']),
        line(2, ['Slik endres egenandelene:']),
        line(3, ['Forsikring', 'Dekning', 'Før', '', 'Etter', '']),
        line(4, ['Bilforsikring', 'Kasko', 'kr 5 000', 'kr 9 000', 'kr 7 000', 'kr 11 000']),
        line(5, ['Innboforsikring', 'Alle skader', 'kr 3 000', '', 'kr 4 000', '']),
      ],
    };
    const p = extractPolicy(doc, {});
    expect(p.deductible_changes?.slice(0, 2).map((c) => [c.product, c.old, c.new])).toEqual([
      ['Bilforsikring', ['5000', '9000'], ['7000', '11000']],
      ['Innboforsikring', ['3000'], ['4000']],
    ]);
  });
});

describe('a change whose label names two products', () => {
  it('«Bedriftsansvar og Produktansvar: egenandelen økes …» is the same change for each product', () => {
    // (docs/chubb-ansvarsprogram-seksjoner-tidligere-polise-2027, lines 36–38)
    const p = parse('Forsikringsnummer 55501234\n\nSeksjon 3  Rene formuestap\n           Premie      NOK 6 400,-\n\nEndring av egenandel fra 01.01.2027\nBedriftsansvar og Produktansvar: egenandelen økes fra NOK 15 000,- til NOK 25 000,-\nper skadetilfelle.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Bedriftsansvar', undefined, ['15000'], ['25000']],
      ['Produktansvar', undefined, ['15000'], ['25000']],
    ]);
  });
});

describe('a change whose label is a product and its cover level', () => {
  // 57/frende-fornying-nynorsk-brev: «- Bilforsikring, Kasko: har du hatt lågare eigendel enn 6 000 kr, vert / han auka til 6 000 kr.»
  it('«Product, Kasko: …» is one change of the product with the cover level as its coverage, not two products', () => {
    const p = parse('Forsikringsnummer: 3307-552190\n\nEndringar i eigendel\n- Bilforsikring, Kasko: har du hatt lågare eigendel enn 6 000 kr, vert\n  han auka til 6 000 kr.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.minimum])).toEqual([['Bilforsikring', 'Kasko', '6000']]);
  });
  it('«Bygning og Ansvar: …», joined by «og», still names two products', () => {
    const p = parse(`${HEAD}Bygning og Ansvar: egenandelen økes fra kr 10 000 til kr 15 000.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage])).toEqual([['Bygning', undefined], ['Ansvar', undefined]]);
  });
});

describe('a broker\'s changes: the old and new deductible named by their adjectives, and one sentence for several products', () => {
  // 55/aon-epost-fornyelse-kommune-motor: «Brannbil Kasko – gammel egenandel 15 000 kr / ny egenandel 20 000 kr»
  it('«Name Cover – gammel egenandel A / ny egenandel B»: the old and the new, the product and cover before the dash', () => {
    const p = parse('Avtale 7781 2204\n\nEgenandeler som endres:\nLastebil Kasko – gammel egenandel 10 000 kr / ny egenandel 15 000 kr\nMinibuss Delkasko – tidligere egenandel kr 4 000, ny egenandel kr 6 000\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Lastebil', 'Kasko', ['10000'], ['15000']],
      ['Minibuss', 'Delkasko', ['4000'], ['6000']],
    ]);
  });
  it('a cover level alone before the dash is no product', () => {
    const p = parse('Avtale 7781 2204\n\nBilforsikring\nKasko – gammel egenandel 10 000 kr / ny egenandel 15 000 kr\n');
    expect(p.deductible_changes?.map((c) => c.product)).not.toContain('Kasko');
  });
  // 55/soderberg-partners-forsikringsoversikt: «Egenandelen for Næringsbygg, Maskiner/løsøre og Varer (fryselager) er økt fra NOK 25 000,- til NOK 50 000,-»
  it('«Egenandelen for A, B og C er økt fra … til …»: the change of each product listed', () => {
    const p = parse(`${HEAD}Egenandelen for Kontorbygg, Inventar/løsøre og Varer (kjølelager) er økt fra kr 20 000 til kr 40 000.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Kontorbygg', ['20000'], ['40000']],
      ['Inventar/løsøre', ['20000'], ['40000']],
      ['Varer (kjølelager)', ['20000'], ['40000']],
    ]);
  });
  // 55/hdi-global-specialty-ansvar-forsikringsbevis: «Bedriftsansvar og Produktansvar: egenandelen økes fra NOK 25 000,- til NOK 50 000,-»
  it('a label «A og B:» over «egenandelen økes fra …»: the change of each', () => {
    const p = parse(`${HEAD}Ansvarsforsikring\nBedriftsansvar og Produktansvar: egenandelen økes fra kr 20 000 til kr 30 000 per skade.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Bedriftsansvar', ['20000'], ['30000']],
      ['Produktansvar', ['20000'], ['30000']],
    ]);
  });
  it('one product whose name holds «og» and a word in lower case is not split', () => {
    const p = parse(`${HEAD}Egenandelen for Maskiner og driftstilbehør er økt fra kr 10 000 til kr 20 000.\n`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Maskiner og driftstilbehør']);
  });
});

describe('a letter\'s list of changes labelled «Egenandel Product:»', () => {
  // 55/codan-naering-fornyelse-2017: «* Egenandel Bygninger: fra kr 15.000 til kr 25.000» under «Endringer fra 01.01.2017:», below the «YRKESSKADE» and «PREMIE» parts
  const DOC = 'Polisenr. 4471 2290\n\nYRKESSKADE\nYrkesskade lovbestemt     38.970\n\nPREMIE\nSamlet premie 2027     174.562\n\nEndringer fra 01.01.2027:\n';
  it('the capitalised name after «Egenandel» in the label is the product, not the part above', () => {
    const p = parse(`${DOC}* Egenandel Næringsbygg: fra kr 10.000 til kr 20.000\n* Egenandel Maskiner og inventar (Storgata 4): fra kr 10.000 til kr 15.000\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Næringsbygg', undefined, ['10000'], ['20000']],
      ['Maskiner og inventar', undefined, ['10000'], ['15000']],
    ]);
  });
  // 55/codan-naering-fornyelse-2017: «* Minsteegenandel Bedriftsansvar: kr 10.000»
  it('«Minsteegenandel Product: kr N» in the list is that product\'s new minimum', () => {
    const p = parse(`${DOC}* Minsteegenandel Bedriftsansvar: kr 15.000\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.minimum])).toEqual([['Bedriftsansvar', '15000']]);
  });
});

describe('a deductible of a share of the claim brought in', () => {
  // 55/tryg-borettslag-fornyelse: «Fra fornyelsen innfører vi også for Bygning en egenandel på 20 % av erstatningen ved skade som …»
  it('«innfører vi for Product en egenandel på N % av …»: the product\'s new percentage, wherever it stands', () => {
    const p = parse('Avtalenr. 7712 4410\n\nFra fornyelsen innfører vi for Næringsbygg en egenandel på 10 % av erstatningen ved skade på tak eldre enn 30 år.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.percent])).toEqual([['Næringsbygg', '10']]);
  });
});

describe('an increase of the deductible for what it is for, in the insurance\'s definite form', () => {
  // 54/klp-nyheter-og-endringer-2026: «På bilforsikringen økes egenandelen ved skifte av bilrute med kr 1 000.» above «Bilforsikring Kasko»
  it('«På bilforsikringen økes egenandelen ved … med kr N»: the increase, of the product without the cover level its heading adds', () => {
    const p = parse('Nyheter og endringer i forsikringene dine\n\nPå bilforsikringen økes egenandelen ved glasskade med kr 1 500.\n\nForsikringene dine fra 1. januar 2027\n\nBilforsikring Delkasko\nEK 12345 Volvo V60\nEgenandel: kr 4 000 – Pris: kr 6 120 per år\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Bilforsikring', '1500']]);
  });
});

describe('a bullet that lists products before its colon, or names one in a labelled value', () => {
  // docs/eika-epost-sitert-strektabell-egenandel-liste-2026: «- Næringsbygg, Maskiner og utstyr og Varer: egenandelen økes fra» / «  kr 15 000 til kr 20 000.»
  it('each listed product its change, «Maskiner og utstyr» one name', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEndringer i egenandel fra fornyelsen:\n- Næringsbygg, Maskiner og utstyr og Varer: egenandelen økes fra\n  kr 15 000 til kr 20 000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Næringsbygg', ['15000'], ['20000']],
      ['Maskiner og utstyr', ['15000'], ['20000']],
      ['Varer', ['15000'], ['20000']],
    ]);
  });

  // docs/fremtind-sameie-bevis-side-skraastrek-premie-i-alt-2026: «Endret egenandel: Boligbygg sameie – Pluss, fra kr 8 000 til kr 10 000.»
  it('«Endret egenandel: Name – Level, fra kr … til kr …»: the name and its level, not a line above', () => {
    const p = parse('FREMTIND FORSIKRING\nPostboks 778 Sentrum, 0106 Oslo\n\nPolisenr. 55501234\n\nEndret egenandel: Boligbygg sameie – Pluss, fra kr 8 000 til kr 10 000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Boligbygg sameie', 'Pluss', ['8000'], ['10000']]]);
  });
});

describe('a sentence that names its own cover level and product word, under headings that name none', () => {
  // after 58 tryg-bil-fornyelse: «Kjøretøyene» over the cars' descriptions, «Dette er endret» over
  // «Egenandelen for kasko på bil øker fra kr 4 000 til kr 6 000.» — the change went to the two headings
  it('«Egenandelen for kasko på bil øker fra … til …» is the change of Bil, cover kasko', () => {
    const p = parse('Forsikringsnummer 55501234\n\nKjøretøyene\nEL 48213: Volkswagen ID.4, årsmodell 2022\n\nDette er endret\nEgenandelen for kasko på bil øker fra kr 4 000 til kr 6 000. Endringen gjelder fra fornyelsen.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bil', coverage: 'kasko', old: ['4000'], new: ['6000'] })]);
  });
  // private-holdout68/frende-epost-fornyelse-bedrift, line 18, and soderberg-partners-forsikringsoversikt-konsern, line 32:
  // the base deductible's compound and a participle without «er» left the change with no product («ukjent»)
  it.each([
    ['Grunnegenandelen for Bedriftsforsikring blir 15 000 kroner (før: 10 000 kroner).', 'Bedriftsforsikring', '10000', '15000'],
    ['Egenandel på eiendom økt fra NOK 50 000 til NOK 100 000 etter anbud.', 'Eiendom', '50000', '100000'],
  ])('«%s» names its product', (line, product, old, nu) => {
    const p = parse(`Forsikringsnummer 55501234\n\nEgenandel\n${line}\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product, old: [old], new: [nu] })]);
  });
  // private-holdout73/eika-viktig-informasjon-om-din-forsikring, line 20: under «Dette endres», the change went to that heading
  it.each([
    ['Egenandel ved skade på bil (Kasko) økes med 2 000 kroner.'],
    ['Egenandelen ved skade på bil (kasko) øker med 2 000 kroner.'],
  ])('«%s» is the change of Bil, cover kasko, never the heading\'s', (line) => {
    const p = parse(`Forsikringsnummer 55501234\n\nDette endres\n- ${line}\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bil', coverage: 'kasko', increase: '2000' })]);
  });
  it('a plural definite product word, «på bygningene», is the product in its singular', () => {
    // (59 frende-sagbruk-fornyelse-epost: «Egenandelen for brann på bygningene går opp fra kr 15 000 til kr 20 000.»)
    const p = parse('Forsikringsnummer 55501234\n\nDette er endret\nEgenandelen for brann på bygningene går opp fra kr 15 000 til kr 20 000.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bygning', coverage: 'brann', old: ['15000'], new: ['20000'] })]);
  });
  it('the line\'s own label still names the product: «• Motorvogn (Tryg): egenandel for kasko på lastebiler …»', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEndringer i vilkår og egenandeler\n• Motorvogn: egenandel for kasko på lastebiler økes fra NOK 15 000 til NOK 25 000.\n');
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['Motorvogn']);
  });
});

describe('a minimum stated as «lower than N …, raised to N»', () => {
  // after 58 frende-bedrift-fornying: «Har de hatt lågare eigendel enn 10 000 kr på Bedriftsansvar, vert eigendelen auka til 10 000 kr.»
  it('the word again between «vert» and its participle: a minimum, not a new deductible', () => {
    const p = parse(`${HEAD}- Har de hatt lågare eigendel enn 10 000 kr på Bedriftsansvar, vert\n  eigendelen auka til 10 000 kr.\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bedriftsansvar', minimum: '10000' })]);
    expect(p.deductible_changes?.[0]?.new).toBeUndefined();
  });
  // after 52 jernbanepersonalets-fornyelse-epost-2026: «På bilforsikringen gjelder dette: Har du i dag lavere egenandel på kasko enn kr 6 000, vil den økes til kr 6 000.»
  it('what it is on before «enn», and a lead-in «På bilforsikringen gjelder dette:» that names the product', () => {
    const p = parse(`${HEAD}På bilforsikringen gjelder dette: Har du i dag lavere egenandel på kasko enn\nkr 6 000, vil den økes til kr 6 000.\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bilforsikring', minimum: '6000' })]);
    expect(p.deductible_changes?.[0]?.new).toBeUndefined();
  });
});

describe('a lettered list of changes', () => {
  // after 59 protector-kommune-fornyelse: «a) Eiendom (bygning, inventar og løsøre):» alone over «egenandel økes fra …» — the
  // list's lead-in «Etter gjennomgang … endres egenandelene slik» was the product, and «b) » stayed in the next ones
  it('the item\'s name alone on its line names the change under it; the mark is no part of a label', () => {
    const p = parse(
      'Forsikringsnummer 55501234\n\n3. Egenandeler\nEtter gjennomgang av skadehistorikken endres egenandelene slik:\n\n' +
        '   a) Eiendom (bygning, inventar og løsøre):\n      egenandel økes fra kr 50 000 til kr 100 000 per skadetilfelle.\n' +
        '   b) Kommuneansvar: har kommunen i dag en lavere egenandel enn kr 25 000,\n      økes denne til kr 25 000.\n' +
        '   c) Motorvogn, kasko: valgt egenandel økes med kr 5 000 for alle kjøretøy.\n',
    );
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new, c.minimum, c.increase])).toEqual([
      ['Eiendom', undefined, ['50000'], ['100000'], undefined, undefined],
      ['Kommuneansvar', undefined, undefined, undefined, '25000', undefined],
      ['Motorvogn', 'kasko', undefined, undefined, undefined, '5000'],
    ]);
  });
});

describe('a change named by a cover, a caption or an insurance\'s noun: the document\'s product', () => {
  // after 48 gjensidige-fornyelse-bil-epost: «* Kasko: Har du i dag lavere egenandel enn 6 000 kr, økes den til 6 000 kr.» over a
  // record «Forsikring: Bilforsikring» — the change was read as a product «Kasko»
  it('a bullet labelled by a cover level or a peril, with one product in the schedule: that product, the label its coverage', () => {
    const p = parse(
      'Forsikringsnummer: 77136204\n\nDette endres ved fornyelsen\n* Kasko: Har du i dag lavere egenandel enn 6 000 kr, økes den til 6 000 kr.\n' +
        '* Glass: Egenandelen ved utskifting av rute økes med 1 000 kr.\n\nDin bilforsikring fra 1. januar 2026\n   Forsikring:       Bilforsikring\n' +
        '   Dekning:          Kasko\n   Egenandel:        6 000 kr\n   Pris per år:      8 436 kr\n',
    );
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.minimum, c.increase])).toEqual([
      ['Bilforsikring', 'Kasko', '6000', undefined],
      ['Bilforsikring', 'Glass', undefined, '1000'],
    ]);
  });
  // after 42 enter-bilforsikring-fornyelse: «Produkt  Bilforsikring» in the head, «For kaskodekningen øker den ordinære egenandelen fra 4 000 kr til 6 000 kr.»
  it('«For kaskodekningen …» with the head\'s «Produkt» field: the product, and the cover without «dekningen»', () => {
    const p = parse('Forsikringsnummer      ENT-2207719\nProdukt                Bilforsikring\n\nHVA ENDRES?\n\n1) Egenandel\nFor kaskodekningen øker den ordinære egenandelen fra 4 000 kr til\n6 000 kr.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bilforsikring', coverage: 'Kasko', old: ['4000'], new: ['6000'] })]);
  });
  // after 47 jernbanepersonalets-fornyelse-hus-innbo: «• Egenandelen på husforsikringen øker fra kr 6 000 til kr 8 000.» over a schedule of «Hus» and «Innbo»
  it('«husforsikringen» over a schedule whose product is «Hus»: the schedule\'s name', () => {
    const p = parse(
      'Forsikringsnummer: 7700-318-552\n\nDette endres\n• Egenandelen på husforsikringen øker fra kr 6 000 til kr 8 000.\n\n' +
        'Produkt | Forsikringssted | Forsikringssum | Egenandel | Pris per år\nHus | Sandbakkvegen 11, 7045 Trondheim | kr 5 860 000 | kr 8 000 | kr 8 214\n' +
        'Innbo | Sandbakkvegen 11, 7045 Trondheim | kr 1 500 000 | kr 4 000 | kr 2 906\n',
    );
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Hus', old: ['6000'], new: ['8000'] })]);
  });
  it('a cover two of the schedule\'s products could have: a warning, and the change as read', () => {
    const p = parse(
      'Forsikringsnummer: 7700-318-552\n\nDette endres ved fornyelsen\n* Tyveri: Egenandelen økes med 1 000 kr.\n\n' +
        'Produkt | Forsikringssted | Forsikringssum | Egenandel | Pris per år\nHus | Sandbakkvegen 11, 7045 Trondheim | kr 5 860 000 | kr 8 000 | kr 8 214\n' +
        'Innbo | Sandbakkvegen 11, 7045 Trondheim | kr 1 500 000 | kr 4 000 | kr 2 906\n',
    );
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Tyveri', increase: '1000' })]);
    expect(p.warnings.join('\n')).toMatch(/could be the change of «Hus» or «Innbo»/);
  });
  // private-holdout91/if-fornyelse-bil-innbo-hytte, frende-fornying-hus-innbo-nynorsk: the change by the kind of thing, the schedule's product by another word
  it('«… i fritidsbolig», «Eigenandel på hus» over a schedule of «Hytte Super», «Hus Pluss»: the one product of that kind', () => {
    const rows =
      'Produkt | Forsikringssted | Forsikringssum | Egenandel | Pris per år\nHytte Super | Lauvåsvegen 41, 4745 Bygland | kr 2 940 000 | kr 10 000 | kr 6 905\n' +
      'Innbo Super | Bjørkelia 3B, 4635 Kristiansand S | kr 1 250 000 | kr 4 000 | kr 3 188\n';
    const p = parse(`Avtalenummer: 4418 2207\n\nEndringer\nEgenandelen for vannskade i fritidsbolig øker med 5 000 kroner, til 15 000 kroner.\n\n${rows}`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Hytte Super', coverage: 'vannskade', increase: '5000', new: ['15000'] })]);
    const q = parse(
      'Avtalenummer: 4418 2207\n\nEigenandel på hus\nHar de i dag lågare eigenandel enn 6 000 kroner, blir han auka til 6 000 kroner ved fornyinga.\n\n' +
        'Produkt | Forsikringsstad | Forsikringssum | Eigenandel | Pris per år\nHus Pluss | Lidvegen 30, 6854 Kaupanger | kr 4 830 000 | kr 6 000 | kr 8 742\n' +
        'Garasje | Lidvegen 30, 6854 Kaupanger | kr 300 000 | kr 6 000 | kr 741\n',
    );
    expect(q.deductible_changes).toEqual([expect.objectContaining({ product: 'Hus Pluss', minimum: '6000' })]);
    // (the heading names the thing, the sentence the peril and the thing's place: the peril is the coverage)
    const v = parse(`Avtalenummer: 4418 2207\n\nEgenandel for fritidshuset\nEgenandelen ved vannskade i fritidshuset økes fra 8 000 kroner til 12 000 kroner.\n\n${rows}`);
    expect(v.deductible_changes).toEqual([expect.objectContaining({ product: 'Hytte Super', coverage: 'Vannskade', old: ['8000'], new: ['12000'] })]);
  });
  it('two products of the kind («Hytte», «Fritidshus»): a warning, and the change as read', () => {
    const p = parse(
      'Avtalenummer: 4418 2207\n\nEndringer\nEgenandelen for vannskade i fritidsbolig øker med 5 000 kroner, til 15 000 kroner.\n\n' +
        'Produkt | Forsikringssted | Forsikringssum | Egenandel | Pris per år\nHytte | Lauvåsvegen 41, 4745 Bygland | kr 2 940 000 | kr 10 000 | kr 6 905\n' +
        'Fritidshus | Strandvegen 2, 4760 Birkeland | kr 1 940 000 | kr 10 000 | kr 4 905\n',
    );
    expect(p.deductible_changes).toEqual([expect.objectContaining({ increase: '5000' })]);
    expect(p.deductible_changes?.[0]?.product).not.toBe('Hytte');
    expect(p.warnings.join('\n')).toMatch(/could be the change of «Hytte» or «Fritidshus»/);
  });
  // after 47 soderberg-partners-forsikringsoversikt-kommune: «1. Egenandelen for bygning ble økt fra 50 000 til 100 000 ved anbudet;» under «Merknader fra megler»
  it('«Egenandelen for bygning ble økt …» in remarks under a heading of no product: the schedule\'s «Bygning»', () => {
    const p = parse(
      'Forsikringsnummer: 100-512077\n\nAvtaler\n- Protector Forsikring ASA, avtalenr. 100-512077\n\n' +
        'Selskap | Forsikring | Forsikringssted | Forsikringssum | Egenandel | Årspremie\nProtector | Bygning | Moelv rådhus, Storgata 55, 2390 Moelv | 96 500 000 | 100 000 | 61 200\n' +
        'Protector | Ansvar | – | 50 000 000 | 50 000 | 112 000\n\nMerknader fra megler\n1. Egenandelen for bygning ble økt fra 50 000 til 100 000 ved anbudet;\n   premien gikk ned med ca. 14 %.\n',
    );
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Bygning', old: ['50000'], new: ['100000'] })]);
  });

  // private-holdout62/protector-fornyelse-borettslag, line 20: «Endringer i egenandel» (no stop) over «1) Bygning, vannskade: …»
  it('a numbered item under a heading without its stop is an item of its own, its label the product and coverage', () => {
    const p = parse('Polisenr.: 20-4471093\n\nEndringer i egenandel\n1) Bygning, vannskade: Egenandelen økes med kr 10 000.\n2) Bygning, øvrige skader: Egenandelen endres fra kr 15 000 til kr 25 000.\n');
    expect(p.deductible_changes).toEqual([
      expect.objectContaining({ product: 'Bygning', coverage: 'vannskade', increase: '10000' }),
      expect.objectContaining({ product: 'Bygning', coverage: 'øvrige skader', old: ['15000'], new: ['25000'] }),
    ]);
  });
  // private-holdout56/sparebank1-fornyelse-privat, line 38: «Egenandelen på bilforsikringen, dekning Kasko, øker fra …» under «Bilforsikring»
  it('a cover level after «dekning» between commas is the change\'s coverage, under the product\'s own heading too', () => {
    const text = 'Egenandelen på bilforsikringen, dekning Kasko, øker fra 6 000 kroner til 8 000 kroner.';
    for (const doc of [`Avtalenummer: 7140 2558\n\nEndringer\n\n${text}\n`, `Avtalenummer: 7140 2558\n\nBilforsikring\nBilen din er forsikret med Kasko.\n\nHva er endret?\n• ${text}\n`]) {
      expect(parse(doc).deductible_changes).toEqual([expect.objectContaining({ product: 'Bilforsikring', coverage: 'kasko', old: ['6000'], new: ['8000'] })]);
    }
  });

  // private-holdout60/norsk-hussopp-epost-fornyelse, line 34: «Valgt egenandel økes med kr 2 000, fra 6 000 kroner til 8 000 kroner.»
  // under «Dette er endret …», the letter's one insurance in its record «Forsikring: Husoppforsikring»
  it('a change that names no product, in a document of one product, is that product\'s', () => {
    const doc = (records: string): Policy => parse(`Polisenr.: 55-0138-2\n\n${records}\nDette er endret fra 1. februar 2026\nValgt egenandel økes med kr 2 000, fra 6 000 kroner til 8 000 kroner.\n`);
    const one = doc('Forsikring:      Husoppforsikring\nForsikringssted: Granåsvegen 27, 2312 Ottestad\nForsikringssum:  kr 3 100 000\nEgenandel:       8 000 kroner\n\n');
    expect(one.deductible_changes).toEqual([expect.objectContaining({ product: 'Husoppforsikring', old: ['6000'], new: ['8000'], increase: '2000' })]);
    expect(one.warnings.join('\n')).not.toMatch(/names no product/);
    // (two products: which one is not said — «ukjent», and the warning)
    const two = parse('Polisenr.: 55-0138-2\n\nDette er endret fra 1. februar 2026\nValgt egenandel økes med kr 2 000, fra 6 000 kroner til 8 000 kroner.\n\nDine forsikringer\n\nForsikring: Husforsikring\nForsikringssum: kr 3 100 000\nEgenandel: 8 000 kroner\n\nForsikring: Innboforsikring\nForsikringssum: kr 900 000\nEgenandel: 4 000 kroner\n');
    expect((two.coverages ?? []).length).toBe(2);
    expect(two.deductible_changes?.[0]?.product).toBe('ukjent');
    expect(two.warnings.join('\n')).toMatch(/names no product/);
  });
});

describe('a change that names no product, in a document of one product', () => {
  // holdout 62, Norsk Hussopp: «Har dere hatt lavere egenandel enn kr 10 000, vil denne økes til kr 10 000.» over the
  // one record «Produkt: Sopp- og råteforsikring»
  const record = '\nForsikringen fra 01.10.2025\n\n  Produkt:          Sopp- og råteforsikring\n  Adresse:          Bjørkelia 9, 1386 Asker\n  Forsikringssum:   kr 3 400 000\n  Egenandel:        kr 10 000\n  Årspremie:        kr 3 960\n';
  it("is that product's change, no warning", () => {
    const p = parse(`Gjelder forsikringsbevis nr. 2207-83514\n\nHva er nytt ved denne fornyelsen?\n\n• Egenandel\n  Fra fornyelsen er laveste egenandel kr 10 000. Har dere hatt lavere egenandel enn kr 10 000, vil\n  denne økes til kr 10 000.\n${record}`);
    expect(p.deductible_changes?.map((c) => [c.product, c.minimum])).toEqual([['Sopp- og råteforsikring', '10000']]);
    expect(p.warnings?.some((w) => w.includes('names no product'))).toBe(false);
  });
});

describe('letters9: change tables with the columns of before and after the renewal', () => {
  // a letter's «Nye egenandeler» table: «Egenandel | Før | Fra 1. januar 2026» over «Hus, vannskade | 8 000 kr | 10 000 kr»
  it('«Fra» and a date written out heads the new column; «Hus, vannskade» is the product and its peril', () => {
    const p = parse(`Fornyelse av forsikringene dine\n\nPolisenr.: TT 4410 22\n\nNye egenandeler\nEgenandel             Før          Fra 1. mars 2027\nBolig, vannskade      8 000 kr     12 000 kr\nInnbo                 3 000 kr     4 000 kr\nReise                 500 kr       500 kr\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Bolig', coverage: 'Vannskade', old: ['8000'], new: ['12000'] },
      { product: 'Innbo', old: ['3000'], new: ['4000'] },
    ]);
  });
  it('«Fra 01.03.2027» as the new column too', () => {
    const p = parse(`Fornyelse av forsikringene dine\n\nPolisenr.: TT 4410 22\n\nNye egenandeler\nEgenandel             Før          Fra 01.03.2027\nInnbo                 3 000 kr     4 000 kr\n`);
    expect(p.deductible_changes).toEqual([{ product: 'Innbo', old: ['3000'], new: ['4000'] }]);
  });
  // an e-mail letter's table drawn in ASCII under the heading «Egenandel»: «| Forsikring | Nå | Etter fornyelse |»
  it('«Nå | Etter fornyelse» in a box under «Egenandel»: the heading is no field whose value is the box\'s top rule', () => {
    const box = '+--------------+-----------+-----------------+';
    const p = parse(`Endringer ved fornyelse\n\nForsikringsnummer: 300-112-9\n\nEgenandel\n${box}\n| Forsikring   | Nå        | Etter fornyelse |\n${box}\n| Innbo        | kr 2 000  | kr 3 000        |\n| Hytte, vann  | kr 6 000  | kr 8 000        |\n${box}\n`);
    expect(p.deductible_changes).toEqual([
      { product: 'Innbo', old: ['2000'], new: ['3000'] },
      { product: 'Hytte', coverage: 'Vann', old: ['6000'], new: ['8000'] },
    ]);
  });
  it('a comma before a place is no coverage: «Bygning, Storveien 4» stays the product', () => {
    const p = parse(`${HEAD}Forsikring\tTidligere egenandel\tNy egenandel\nBygning, Storveien 4\tkr 10 000\tkr 15 000\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage])).toEqual([['Bygning, Storveien 4', undefined]]);
  });
});

describe('letters9: a rule of the conditions is no change', () => {
  // a boat certificate: «Egenandelen økes med kr 10 000 ved tyveri av påhengsmotor som ikke var låst med godkjent motorlås.»
  it('an increase in a certificate, tied to a kind of loss and to no renewal or date, is not read as a change', () => {
    const p = parse(`Forsikringsbevis - Båt\n\nForsikringsnummer 77120045\n\nDekning          Forsikringssum   Egenandel   Pris per år\nBåtforsikring    kr 300 000       kr 4 000    kr 3 900\n\nEgenandelen økes med kr 8 000 ved tyveri av motor som ikke var låst med godkjent lås.\n`);
    expect(p.deductible_changes).toBeUndefined();
  });
  it('in a certificate an increase tied to the renewal is still a change', () => {
    const p = parse(`Forsikringsbevis - Båt\n\nForsikringsnummer 77120045\n\nDekning          Forsikringssum   Egenandel   Pris per år\nBåtforsikring    kr 300 000       kr 4 000    kr 3 900\n\nFra fornyelsen 01.05.2027 økes egenandelen for Båtforsikring med kr 2 000.\n`);
    expect(p.deductible_changes?.map((c) => c.increase)).toEqual(['2000']);
  });
});

describe('letters9: a change\'s label of a product, a dash and its cover', () => {
  // an e-mail letter: «Hus - råte- og insektskade: egenandelen økes fra kr 6 000 til kr 10 000.»
  it('«Bolig - skade på rør: …» is the product «Bolig» and the coverage «skade på rør»; «Egenandelen» with a capital too', () => {
    const p = parse(`Endringer i forsikringene dine fra 1. mai 2027\n\nAvtalenr.: 5510 2290 44\n\n-- Egenandeler --\n  Bolig - skade på rør: egenandelen økes fra kr 4 000 til kr 6 000.\n  Innbo - elsykkel: Egenandelen blir 25 % av erstatningen.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new, c.percent])).toEqual([
      ['Bolig', 'skade på rør', ['4000'], ['6000'], undefined],
      ['Innbo', 'elsykkel', undefined, undefined, '25'],
    ]);
  });
  // «Avtalenr.: …» / «Kundenr.: …» / «Fornyelse gjelder fra: 01.02.2026» in the head of a letter about changes
  it('«Fornyelse gjelder fra: …» among the head\'s fields of a letter does not end the letter part', () => {
    const p = parse(`Hei Ola,\n\nForsikringene dine fornyes snart. Her er det som endres.\n\nAvtalenr.: 5510 2290 44\nKundenr.: 1200 4417\nFornyelse gjelder fra: 01.05.2027\n\n-- Egenandeler --\n  Innbo - elsykkel: Egenandelen er 25 % av erstatningen.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.percent])).toEqual([['Innbo', 'elsykkel', '25']]);
  });
});

describe('letters14: a change by its words «i dag» … «blir den», «tidligere …, nå …», covers in brackets', () => {
  // a web page's bullet: «› Egenandelen på innboforsikringen er 3 000 kroner i dag. Fra fornyelsen blir den 4 000 kroner.»
  it('today\'s amount with «i dag» after it, then what the pronoun becomes, is one change', () => {
    const p = parse(`Nyheter og endringer i forsikringene dine\n\nHva endres?\n› Egenandelen på innboforsikringen er 3 000 kroner i dag. Fra fornyelsen blir\n  den 4 000 kroner.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Innboforsikring', ['3000'], ['4000']]]);
    expect(p.warnings).toEqual([]);
    // (nynorsk: «Eigenandelen på hytteforsikringa er kr 6 000 i dag. Frå fornyinga vert han kr 8 000.»)
    const q = parse(`Endringar ved fornying\n\nEigenandelen på hytteforsikringa er kr 6 000 i dag. Frå fornyinga vert han kr 8 000.\n`);
    expect(q.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Hytteforsikring', ['6000'], ['8000']]]);
  });
  // «› Egenandelen på bilforsikringen (delkasko og kasko) økes med 1 000 kroner.»
  it('the covers in brackets after the product word are no part of it, and no heading above names the change', () => {
    const p = parse(`Nyheter og endringer i forsikringene dine\nPublisert i innboksen 4. mars 2026\n\nHva endres?\n› Egenandelen på bilforsikringen (delkasko og kasko) økes med 1 000 kroner.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Bilforsikring', '1000']]);
  });
  // a broker's e-mail under «Egenandeler»: «  Eiendom, alle skader:        tidligere NOK 100 000, nå NOK 250 000»
  it('«tidligere A, nå B» in a section on deductibles is the old and the new amount', () => {
    const p = parse(`Forsikringstaker:   Fjordkraft AS\n\nEgenandeler\n  Eiendom, alle skader:        tidligere NOK 100 000, nå NOK 250 000\n  Ansvar:                      før kr 10 000, ny kr 20 000\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Eiendom', 'alle skader', ['100000'], ['250000']],
      ['Ansvar', undefined, ['10000'], ['20000']],
    ]);
  });
  // «For kaskodekningen øker den valgte egenandelen med kr 2 000.» under «Bil» in a letter
  it('«øker den valgte egenandelen med …»: the article before the chosen deductible', () => {
    const p = parse(`Endringer ved fornyelse\n\nBil\nFor kaskodekningen øker den valgte egenandelen med kr 2 000.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Bil', '2000']]);
  });
});

describe('letters14: what the deductible has been, then what it is from the renewal; a minimum announced by the sentence before', () => {
  // a nynorsk letter: «Eigendelen på bustadhuset har vore 4 000 kr. Frå fornyinga er han 6 000 kr.»
  it('«har vore A. Frå fornyinga er han B» is one change of the thing the first sentence names', () => {
    const p = parse(`Endringar ved fornying\n\nEigendelen på bustadhuset har vore 4 000 kr. Frå fornyinga er han 6 000 kr.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Bustadhus', ['4000'], ['6000']]]);
  });
  // «Minste eigendel på Ansvarsforsikring aukar. Har de hatt lågare eigendel enn kr 10 000, vil denne bli auka til kr 10 000.
  // Eigendelen for Bygning vert endra frå 10.000 til 15.000.»
  it('«vil denne bli auka til» states the minimum, of the product the sentence before names — never of the next sentence\'s', () => {
    const p = parse(`Endringar ved fornying\n\nEigendel\nMinste eigendel på Ansvarsforsikring aukar. Har de hatt lågare eigendel enn kr 10 000,\nvil denne bli auka til kr 10 000. Eigendelen for Bygning vert endra frå 10.000 til 15.000.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.minimum, c.old, c.new])).toEqual([
      ['Ansvarsforsikring', '10000', undefined, undefined],
      ['Bygning', undefined, ['10000'], ['15000']],
    ]);
  });
  // «VIKTIG INFORMASJON OM FORNYELSEN …» / «Fornyelse gjelder fra: 01.01.2026» / «… Ved fornyelsen gjør vi noen endringer …» / «2. Egenandeler»
  it('«Fornyelse gjelder fra: …» over the letter\'s sentence on its changes does not end the letter: the increase under «Egenandeler» is read', () => {
    const p = parse(`Dato: 25.11.2025\nForsikringsnummer: 7730-118845\n\nVIKTIG INFORMASJON OM FORNYELSEN AV DIN NÆRINGSFORSIKRING\n\nFornyelse gjelder fra: 01.01.2026\n\nTakk for at du er kunde hos oss. Ved fornyelsen gjør vi noen endringer i\nforsikringen din.\n\n2. Egenandeler\n   Næringsbygg: Valgt egenandel økes med kr 10 000.\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Næringsbygg', '10000']]);
  });
});

describe('the peril or cover a sentence names under a product heading (sentenceCover)', () => {
  it('«Egenandelen for lekkasje fra rør og utstyr endres fra …», «For kaskodekningen øker den valgte egenandelen …»', async () => {
    const { sentenceCover } = await import('./changes.js');
    expect(sentenceCover('Egenandelen for lekkasje fra rør og utstyr endres fra kr 10 000 til kr 15 000.')).toBe('Lekkasje fra rør og utstyr');
    expect(sentenceCover('For kaskodekningen øker den valgte egenandelen med kr 2 000.')).toBe('Kasko');
    expect(sentenceCover('Eigenandelen ved vasskade aukar frå kr 6 000 til kr 8 000.')).toBe('Vasskade');
    // (a thing insured, a product: no cover)
    expect(sentenceCover('Egenandelen for hytta økes fra kr 4 000 til kr 6 000.')).toBeUndefined();
    expect(sentenceCover('Egenandelen for bygning endres fra kr 10 000 til kr 15 000.')).toBeUndefined();
  });
});

describe('a change sentence that names a schedule product after the deductible\'s word', () => {
  const SCHEDULE = 'Forsikringsnummer 55501234\n\nProdukt      Forsikringssum   Egenandel   Premie\nBygning      12 400 000       20 000      18 300\nMaskiner og løsøre   3 100 000   15 000   6 240\nAnsvar       10 000 000       25 000      7 410\nMotorvogn (6 stk.)   –   12 000   96 400\n\nEndringer\n\n';
  // «Tryg har økt egenandelen på motorvogn kasko fra NOK 8 000 til NOK 12 000 per skade.» (a broker's renewal report)
  it('the product as the sentence writes it, a cover level after it the coverage', () => {
    const p = parse(`${SCHEDULE}- Selskapet har økt egenandelen på motorvogn kasko fra NOK 8 000 til NOK 12 000 per skade.\n`);
    expect(p.deductible_changes).toMatchObject([{ product: 'Motorvogn', coverage: 'Kasko', old: ['8000'], new: ['12000'] }]);
    expect(p.warnings?.some((w) => w.includes('ukjent'))).toBe(false);
  });
  // «Egenandelen for objekt 2 Inventar og løsøre er økt fra NOK 10 000,- til NOK 15 000,-.»
  it('an object\'s number between the deductible\'s word and the product', () => {
    const p = parse(`${SCHEDULE}Egenandelen for objekt 2 Maskiner og løsøre er økt fra NOK 10 000,- til NOK 15 000,-.\n`);
    expect(p.deductible_changes).toMatchObject([{ product: 'Maskiner og løsøre', old: ['10000'], new: ['15000'] }]);
  });
  // «If har økt egenandelen på ansvarsforsikringen fra NOK 20 000 til NOK 25 000.»
  it('«ansvarsforsikringen» is the schedule\'s «Ansvar» (the compound\'s joining s)', () => {
    const p = parse(`${SCHEDULE}- Selskapet har økt egenandelen på ansvarsforsikringen fra NOK 20 000 til NOK 25 000.\n`);
    expect(p.deductible_changes).toMatchObject([{ product: 'Ansvar', old: ['20000'], new: ['25000'] }]);
  });
});

describe('a label that only says a change follows', () => {
  // «  Endring: Egenandelen per skadetilfelle økes fra kr 1 000 til kr 1 500.» under «Behandlingsforsikring»
  it('«Endring:» names no coverage', () => {
    const p = parse('Forsikringsnummer 55501234\n\nBehandlingsforsikring\n  Egenandel per skadetilfelle:   kr 1 500\n\n  Endring: Egenandelen per skadetilfelle økes fra kr 1 000 til kr 1 500.\n');
    expect(p.deductible_changes).toMatchObject([{ product: 'Behandlingsforsikring', old: ['1000'], new: ['1500'] }]);
    expect(p.deductible_changes?.[0]?.coverage).toBeUndefined();
  });
});

describe('a letter\'s notices of changed deductibles, one paragraph a product (lettersb)', () => {
  // «Fritidshus: Frå 1. januar 2025 er den lågaste eigenandelen vi tilbyr 6 000 kr.» / «Har du i dag lågare eigenandel …, blir han auka til 6 000 kr.»
  it('a paragraph opened by a product\'s label gives the product to the sentences under it', () => {
    const p = parse('Avtalenummer: 20114587\n\nEndringar frå 1. januar 2025\n\nHytte: Vi har endra vilkåra for hytter.\nHar du lågare eigenandel enn 8 000 kr, blir han auka til 8 000 kr.\n');
    expect(p.deductible_changes).toMatchObject([{ product: 'Hytte', minimum: '8000' }]);
    expect(p.warnings?.some((w) => w.includes('ukjent'))).toBe(false);
  });
  it('a blank line ends the paragraph: the sentence under it names no product, and says so', () => {
    const p = parse('Avtalenummer: 20114587\n\nEndringar frå 1. januar 2025\n\nHytte: Vi har endra vilkåra for hytter.\n\nHar du lågare eigenandel enn 8 000 kr, blir han auka til 8 000 kr.\n');
    expect(p.deductible_changes?.[0]?.product).toBe('ukjent');
    expect(p.warnings?.some((w) => w.includes('ukjent'))).toBe(true);
  });
  // «Næringsbil: Valgt egenandel på kasko økes med kr 2 000.»
  it('«på» before a cover level names the coverage of the label\'s product', () => {
    const p = parse('Nyheter og endringer ved fornyelse\n\nAvtalenr.: 55501234\n\nNæringsbil: Valgt egenandel på kasko økes med kr 2 000.\n');
    expect(p.deductible_changes).toMatchObject([{ product: 'Næringsbil', coverage: 'Kasko', increase: '2000' }]);
  });
  // «Dato:           15.11.2024» over «Fornyelse gjelder fra: 01.01.2025» over «Hei!»
  it('a letter\'s head fields aligned with spaces keep the letter part going past its renewal date', () => {
    const p = parse('Nyheter og endringer ved fornyelse 2025\n\nAvtalenr.:      1 100 284 557\nDato:           15.11.2024\nFornyelse gjelder fra: 01.01.2025\n\nHei!\n\n1. Endrede egenandeler\n\nRettshjelp: Egenandelen endres til 20 % av saksomkostningene.\n');
    expect(p.deductible_changes).toMatchObject([{ product: 'Rettshjelp', percent: '20' }]);
  });
});

describe('a broker\'s table of deductibles by year under a numbered part (lettersb)', () => {
  // «3  Egenandeler» over «| Selskap | Produkt | Dekning | 2024 | 2025 |»
  const table = (header: string): string =>
    `Dato: 05.12.2025\n\n1  Sammendrag\nEgenandelene er endret.\n\n2  Egenandeler\n\n${header}\n|---|---|---|---|---|\n| Gjensidige | Ansvar | Bedriftsansvar | kr 10 000 | kr 20 000 |\n`;
  it('the insurer\'s, product\'s and cover\'s columns, then the earlier and the later year: old and new', () => {
    const p = parse(table('| Selskap | Produkt | Dekning | 2024 | 2025 |'));
    expect(p.deductible_changes).toEqual([{ product: 'Ansvar', coverage: 'Bedriftsansvar', old: ['10000'], new: ['20000'] }]);
  });
  it('years that do not follow each other, or a column of another kind, make no table of changes', () => {
    expect(parse(table('| Selskap | Produkt | Dekning | 2022 | 2025 |')).deductible_changes).toBeUndefined();
    expect(parse(table('| Selskap | Produkt | Premie | 2024 | 2025 |')).deductible_changes).toBeUndefined();
  });
});

describe('a standard amount and the floor of the next sentence (lettersb)', () => {
  // «• Husforsikring: Standard egenandel blir 8.000 kroner. Har du valgt en egenandel som er lavere enn 8.000 kroner, økes den til 8.000 kroner.»
  it('the same amount twice is the new minimum, no new deductible of everyone\'s', () => {
    const p = parse('Nyheter og endringer\n\nForsikringsnummer: 55501234\n\nEndringer i egenandeler\n• Hytteforsikring: Standard egenandel blir 10.000 kroner. Har du valgt en\n  egenandel som er lavere enn 10.000 kroner, økes den til 10.000 kroner.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Hytteforsikring', minimum: '10000' })]);
    expect(p.deductible_changes?.[0]?.new).toBeUndefined();
  });
});

describe('a peril after the label\'s product (lettersb)', () => {
  // «Næringsbygg: Egenandelen ved vannskade øker fra kr 10 000 til kr 15 000.»
  it('stays the product\'s change: only a cover level there is the coverage', () => {
    const p = parse('Nyheter og endringer ved fornyelse\n\nAvtalenr.: 55501234\n\nNæringsbygg: Egenandelen ved vannskade øker fra kr 10 000 til kr 15 000.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Næringsbygg', old: ['10000'], new: ['15000'] })]);
    expect(p.deductible_changes?.[0]?.coverage).toBeUndefined();
  });
});

describe('a change sentence that names «Product – cover» with a dash, as the schedule names its rows', () => {
  // «- Egenandelen for Bygning – vannskade økes fra kr 10 000 til kr 25 000.», «- Valgt egenandel på Yrkesbil – kasko økes med kr 5 000 per skade.»
  it('reads the product before the dash and the cover after it', () => {
    const p = parse('Endringer ved hovedforfall 01.01.2026\n\nAvtalenummer: 4410 2290\n\nVed fornyelsen endres egenandelene slik:\n\n- Egenandelen på Næringsbygg - rørskade økes fra kr 8 000 til kr 20 000.\n- Valgt egenandel for Varebil – kasko øker med kr 3 000 per skade.\n');
    expect(p.deductible_changes).toMatchObject([
      { product: 'Næringsbygg', coverage: 'rørskade', old: ['8000'], new: ['20000'] },
      { product: 'Varebil', coverage: 'kasko', increase: '3000' },
    ]);
  });
  it('two products joined by a dash are no product and its cover', () => {
    const p = parse('Endringer ved hovedforfall 01.01.2026\n\nAvtalenummer: 4410 2290\n\nEgenandelen for Bygning – varer økes fra kr 8 000 til kr 20 000.\n');
    expect(p.deductible_changes?.[0]?.coverage).not.toBe('varer');
  });
});

describe('a product named in its definite form in a change sentence', () => {
  // «Den faste egenandelen på Veterinærforsikringen økes fra 2 500 kroner til 3 000 kroner …»
  it('is the product\'s name without the article', () => {
    const p = parse('Endringer i forsikringen din\n\nForsikringsnummer: 5520 1187\n\nFra fornyelsen 01.06.2026 øker egenandelen på Kattforsikringa fra 1 500 kroner til 2 000 kroner.\n');
    expect(p.deductible_changes).toMatchObject([{ product: 'Kattforsikring', old: ['1500'], new: ['2000'] }]);
  });
});

describe('a change for every damage to a thing, named at the sentence\'s end', () => {
  // «Viktig om egenandel» / «Fra fornyelsen 01.05.2025 er egenandelen økt fra 10 000 kr til 15 000 kr for alle skader på bygning.»
  // under the last record of a co-operative's web page: the building's change, not the record's above
  it('«… fra 8 000 kr til 12 000 kr for alle skader på bygning.» is Bygning\'s', () => {
    const p = parse(
      'Boligselskapsforsikring\nAvtalenr: 55120044\n\nUlykke dugnad\n  Død: 2 G\n  Pris: 900 kr\n\nViktig om egenandel\nFra fornyelsen 01.04.2026 er egenandelen hevet fra 8 000 kr til 12 000 kr for alle skader på bygning. Den betales av den som har vedlikeholdsansvaret.\n',
    );
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Bygning', undefined, ['8000'], ['12000']]]);
  });
});

describe("a letter's change named by the damage a cover level pays, or with its verb first", () => {
  // a private renewal letter: «Egenandelen for kaskoskade på bilforsikringen din øker fra kr 6 000 til kr 8 000.»
  it('«kaskoskade på bilforsikringen» is the product Bilforsikring and the coverage kasko', () => {
    const p = parse('Avtalenummer: SP 1884210\n\nEndringer i egenandel\nEgenandelen for kaskoskade på bilforsikringen din øker fra kr 6 000 til kr 8 000.\n');
    expect(p.deductible_changes).toEqual([{ product: 'Bilforsikring', coverage: 'kasko', old: ['6000'], new: ['8000'], text: 'Egenandelen for kaskoskade på bilforsikringen din øker fra kr 6 000 til kr 8 000.' }]);
  });
  // a bank's web page of the renewal: «Fornyelse gjelder fra 1. februar 2025», then «Hva er endret?» over a bulleted list
  it('«Hva er endret?» opens the letter part, and «Fra fornyelsen økes egenandelen på husforsikringen med …» is that product\'s increase', () => {
    const doc =
      'Fornyelse av forsikringene dine\n\nDokumentdato: 02.01.2025\n\nFornyelse gjelder fra 1. februar 2025\nAvtalenummer  7730-229104\n\nHva er endret?\n\n' +
      '• Naturskadepremien er nå 0,08 promille av forsikringssummen (tidligere 0,07 promille).\n' +
      '• Fra fornyelsen økes egenandelen på husforsikringen med 2 000 kroner.\n';
    const p = parse(doc);
    expect(p.deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Husforsikring', '2000']]);
    expect(p.warnings).toEqual([]);
  });
  it('nynorsk, the verb first and «for» before the object: «Frå hovudforfall aukar eigenandelen for hytta med 2 000 kroner.»', () => {
    const doc = 'Fornying av forsikringane dine\n\nFornyinga gjeld frå 1. mars 2025\nAvtalenummer 88120045\n\nKva er endra?\n\nFrå hovudforfall aukar eigenandelen for hytta med 2 000 kroner.\n';
    expect(parse(doc).deductible_changes?.map((c) => [c.product, c.increase])).toEqual([['Hytte', '2000']]);
  });
});

describe("a letter's change in three sentences: the product with the insurer's verb, today's amount, the new form", () => {
  // a renewal letter: «På Villa endrer vi egenandelen ved vannskade. I dag er egenandelen ved vannskade kr 6 000. Fra fornyelsen
  // er egenandelen ved vannskade 15 % av erstatningen.»
  it('«På Villa endrer vi …» names Villa; «I dag er egenandelen … kr 6 000» is the old amount of the percentage after it', () => {
    const doc =
      'Forsikringsnummer: 1020 4417 53\n\nDin forsikring fornyes – dette er nytt fra 1. mars\n\nNy egenandel ved vannskade\n' +
      'På Villa endrer vi egenandelen ved vannskade. I dag er egenandelen ved\nvannskade kr 6 000. Fra fornyelsen er egenandelen ved vannskade 15 % av\nerstatningen.\n';
    expect(parse(doc).deductible_changes?.map((c) => [c.product, c.old, c.percent])).toEqual([['Villa', ['6000'], '15']]);
  });
});

describe('a portal page\'s «Dette er endret» over a sentence that raises a deductible by an amount', () => {
  // «Dette er endret» / «Fra 1. april 2025 er egenandelen ved vannskade økt med 5 000 kr.» under «Bygningsforsikring for borettslag»
  const text = [
    'Avtalenummer          8841 2207 3',
    '',
    'Bygningsforsikring for sameie',
    'Forsikringssum        42 600 000 kr',
    'Egenandel             10 000 kr',
    'Pris per år           21 480 kr',
    '',
    'Dette er endret',
    'Fra 1. mars 2026 er egenandelen ved vannskade økt med 4 000 kr.',
    '',
  ].join('\n');
  it('is an increase, never the new deductible; the part\'s heading is no coverage', () => {
    const c = parse(text).deductible_changes ?? [];
    expect(c).toHaveLength(1);
    expect(c[0]!.increase).toBe('4000');
    expect(c[0]!.new).toBeUndefined();
    expect(c[0]!.coverage).not.toBe('Dette er endret');
  });
});

describe('the thing a change sentence names, however the sentence is written', () => {
  const letter = (body: string) => parse(`Forsikringsnummer 55501234\n\nNytt ved fornyelsen\n\n${body}\n`);
  it('the perfect passive after the thing: «… på lagerbygget er nå økt fra …», nynorsk «… er endra frå …», «… har økt fra …»', () => {
    expect(letter('Egenandelen ved rørlekkasje på lagerbygget er nå økt fra kr 8 000 til kr 12 000.').deductible_changes).toMatchObject([
      { product: 'Lagerbygg', coverage: 'rørlekkasje', old: ['8000'], new: ['12000'] },
    ]);
    expect(letter('Eigendelen ved storm på fjøset er endra frå 6 000 kr til 9 000 kr.').deductible_changes).toMatchObject([{ product: 'Fjøs', coverage: 'storm', old: ['6000'], new: ['9000'] }]);
    expect(letter('Egenandelen ved innbrudd i verkstedbygget har økt fra kr 5 000 til kr 7 500.').deductible_changes).toMatchObject([{ product: 'Verkstedbygg', old: ['5000'], new: ['7500'] }]);
  });
  it('damage to the thing before the peril: «Egenandelen for skade på driftsbygning ved storm og snøtyngde økes fra …»', () => {
    expect(letter('Egenandelen for skade på driftsbygning ved storm og snøtyngde økes fra kr 8 000 til kr 12 000.').deductible_changes).toMatchObject([
      { product: 'Driftsbygning', coverage: 'storm og snøtyngde', old: ['8000'], new: ['12000'] },
    ]);
  });
  it('the verb first, the cover and then the thing: «Fra fornyelsen økes den valgte egenandelen på delkaskodekningen for gravemaskinen med …»', () => {
    expect(letter('Fra fornyelsen økes den valgte egenandelen på delkaskodekningen for gravemaskinen med kr 3 000, fra kr 12 000 til kr 15 000.').deductible_changes).toMatchObject([
      { product: 'Gravemaskin', coverage: 'delkasko', old: ['12000'], new: ['15000'], increase: '3000' },
    ]);
  });
  it('a letter with no schedule about one thing: a sentence that names only a cover is that thing\'s, and a fixed amount the percentage replaces is old', () => {
    const p = letter(
      'Egenandelen ved brann på fjøset økes fra kr 10 000 til kr 20 000.\n\nFor maskinskade blir egenandelen 15 % av erstatningen, i stedet for fast kr 8 000.',
    );
    expect(p.deductible_changes).toMatchObject([
      { product: 'Fjøs', coverage: 'brann', old: ['10000'], new: ['20000'] },
      { product: 'Fjøs', coverage: 'Maskinskade', old: ['8000'], percent: '15' },
    ]);
    expect(letter('For glasskader blir egenandelen 20 % av skaden (tidligere fast kr 3 000).').deductible_changes).toMatchObject([{ old: ['3000'], percent: '20' }]);
  });
  it('a bullet\'s label names its own item, not the bullet under it', () => {
    const p = letter('* Naturskade: premiesatsen er 0,08 promille av brannsummen i 2026.\n* Egenandelen ved frost på næringsbygget økes med kr 4 000.');
    expect(p.deductible_changes).toMatchObject([{ product: 'Næringsbygg', coverage: 'frost', increase: '4000' }]);
  });
  it('«Bedriftsansvar får en minsteegenandel på kr 10 000» is the product\'s new minimum, not a new deductible', () => {
    const p = letter('Bedriftsansvar får en minsteegenandel på kr 10 000. Har dere en lavere egenandel i dag, blir den økt til kr 10 000.');
    expect(p.deductible_changes).toMatchObject([{ product: 'Bedriftsansvar', minimum: '10000' }]);
    expect(p.deductible_changes?.[0]?.new).toBeUndefined();
  });
});

describe('a renewal of one product of property whose change names only a peril', () => {
  const schedule = 'Forsikringsoversikt\n\nNæringseiendom - Fjordgata 4, 7010 Trondheim\nDekning                 Forsikringssum    Egenandel      Premie\nBygning                 42 000 000        50 000         61 200\nMaskiner og inventar    8 500 000         50 000         12 400\n';
  it('«Egenandelen ved vannskade økes fra kr 50 000 til kr 100 000.» is that product\'s, the peril its coverage', () => {
    const p = parse(`Forsikringsnummer 77120045\n\nEndringer ved fornyelse\n\nEgenandelen ved vannskade økes fra kr 50 000 til kr 100 000.\n\n${schedule}`);
    expect(p.deductible_changes).toMatchObject([{ coverage: 'vannskade', old: ['50000'], new: ['100000'] }]);
    expect(p.deductible_changes?.[0]?.product).not.toBe('ukjent');
    expect(p.warnings?.some((w) => w.includes('names no product'))).toBe(false);
  });
  it('a schedule of two products leaves it unknown: the peril could be either\'s', () => {
    const two = `${schedule}\nBedriftsansvar - Fjordgata 4, 7010 Trondheim\nDekning                 Forsikringssum    Egenandel      Premie\nAnsvar                  10 000 000        20 000         9 800\n`;
    const p = parse(`Forsikringsnummer 77120045\n\nEndringer ved fornyelse\n\nEgenandelen ved vannskade økes fra kr 50 000 til kr 100 000.\n\n${two}`);
    expect(p.deductible_changes?.[0]?.product).toBe('ukjent');
  });
});

describe('a change sentence that names an insurance as such', () => {
  const letter = (body: string) => parse(`Forsikringsnummer 55501234\n\nNytt ved fornyelsen\n\n${body}\n`);
  it('«Egenandelen på entreprenørforsikringen økes fra kr 20 000 til kr 30 000.»: the insurance is the product, though the vocabulary does not know what it insures', () => {
    expect(letter('Egenandelen på entreprenørforsikringen økes fra kr 20 000 til kr 30 000.').deductible_changes).toMatchObject([
      { product: 'Entreprenørforsikring', old: ['20000'], new: ['30000'] },
    ]);
    expect(letter('Eigenandelen for skogforsikringa aukar frå kr 5 000 til kr 8 000.').deductible_changes).toMatchObject([
      { product: 'Skogforsikring', old: ['5000'], new: ['8000'] },
    ]);
  });
  it('«Egenandelen for rettshjelp på husforsikringen økes med 1 000 kroner.» after a change of the whole insurance: a change of its own, the cover its coverage', () => {
    const p = letter('Har du i dag lavere egenandel enn 6 000 kroner på husforsikringen, blir den økt til 6 000 kroner fra fornyelsen. Egenandelen for rettshjelp på husforsikringen økes med 1 000 kroner.');
    expect(p.deductible_changes).toMatchObject([
      { product: 'Husforsikring', minimum: '6000' },
      { product: 'Husforsikring', coverage: 'rettshjelp', increase: '1000' },
    ]);
    expect(p.deductible_changes?.[0]?.increase).toBeUndefined();
  });
});

describe('a change that names a thing insured by its row\'s name is the change of that thing\'s insurance', () => {
  it('«… for vannskade i fjøs og låve …» over rows «Fjøs, Gardsvegen 4, …», «Låve, …» of one product: one change of the product', () => {
    const p = parse(`Avtalenummer 4410-2291\n\nEndringer ved fornyelsen\nEgenandelen for vannskade i fjøs og låve heves fra kr 6 000 til kr 10 000.\n\nLandbruk\nForsikringssted / objekt                 Forsikringssum      Egenandel     Premie\nFjøs, Gardsvegen 4, 2740 Roa             kr 5 200 000        kr 10 000     kr 9 120\nLåve, Gardsvegen 4, 2740 Roa             kr 3 100 000        kr 10 000     kr 5 640\nInnbo i våningshus                       kr 800 000          kr 4 000      kr 1 850\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Landbruk', coverage: 'vannskade', old: ['6000'], new: ['10000'] })]);
  });
  it('productOfNamedObject: the name an object opens with, after «for», «på» or «og»; rows of two products named — none', () => {
    const rows = [
      { product: 'Firmabil', object: 'Ford Transit, DR 10772' },
      { product: 'Firmabil', object: 'EK 48213 Tesla Model Y' },
      { product: 'Maskiner', object: 'Gravemaskin, Volvo EC140' },
    ];
    expect(productOfNamedObject('Egenandel kasko for Ford Transit er økt fra 8 000 kr til 12 000 kr', rows)).toBe('Firmabil');
    expect(productOfNamedObject('Egenandelen på Ford Transit og gravemaskin økes', rows)).toBeUndefined();
    // (a plate is no name; a name inside another word is none)
    expect(productOfNamedObject('Egenandelen for EK 48213 økes', rows)).toBeUndefined();
    expect(productOfNamedObject('Egenandelen for Ford Transitbil økes', rows)).toBeUndefined();
  });
});

describe('an amount is never the product of a change', () => {
  it('«Egenandelen er økt, og gjelder med en egenandel på NOK 100 000 fra fornyelsen»: «på NOK 100 000» names what it is, not what it is for', () => {
    for (const amount of ['NOK 100 000', 'Kr 100 000', 'NOK 2 mill.']) {
      const p = parse(`${HEAD}Egenandelen blir økt til ${amount} fra fornyelsen.\nFor Bedriftsansvar blir egenandelen på ${amount} fra hovedforfall.\n`);
      for (const c of p.deductible_changes ?? []) expect(c.product).not.toMatch(/\d/);
    }
  });
  it('in a letter, «Tilbakekallingskostnader er med inntil NOK 2 000 000 per forsikringsår med en egenandel på NOK 100 000.» states a cover: no change', () => {
    const p = parse(`${HEAD}Tilbakekallingskostnader er med inntil NOK 2 000 000 per forsikringsår med en egenandel på NOK 100 000.\n`);
    expect(p.deductible_changes).toBeUndefined();
  });
});

describe('changes of the one product a renewal letter is about (session 38)', () => {
  it('«… egenandelen på kattens veterinærforsikring …» over a row «Nordlys Veterinærforsikring»: a cover of the row\'s product', () => {
    // (layout: a pet's renewal letter, the change in a sentence above a certificate whose rows carry the insurer's brand)
    const rows = [{ product: 'Katteforsikring', coverage: 'Nordlys Veterinærforsikring' }, { product: 'Katteforsikring', coverage: 'Nordlys Liv' }];
    expect(brandedCoverRowOf('veterinærforsikring', rows)).toBe('Katteforsikring');
    // (a bare cover's word at a row's end names too little; rows of two products none)
    expect(brandedCoverRowOf('liv', rows)).toBeUndefined();
    expect(brandedCoverRowOf('veterinærforsikring', [...rows, { product: 'Hundeforsikring', coverage: 'Nordlys Veterinærforsikring' }])).toBeUndefined();
  });
  it('a change table under an introduction that names the thing: «… justerer vi egenandelene på lagerbygg:»', () => {
    const text =
      'Forsikringsnummer 55501234\n\nEndrede egenandeler\n' +
      'Etter ny vurdering av risikoen justerer vi egenandelene på lagerbygg:\n' +
      '  Dekning                      Egenandel i dag       Ny egenandel\n' +
      '  Brann                        kr 20 000            kr 25 000\n';
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Lagerbygg', 'Brann', ['20000'], ['25000']]]);
  });
  it('«… egenandelene fra fornyelsen:» names no product: the rows stay «ukjent», warned', () => {
    const text =
      'Forsikringsnummer 55501234\n\nEndrede egenandeler\n' +
      'Vi justerer noen av egenandelene fra fornyelsen:\n' +
      '  Dekning                      Egenandel i dag       Ny egenandel\n' +
      '  Brann                        kr 20 000            kr 25 000\n';
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['ukjent']);
    expect(p.warnings.join('\n')).toMatch(/names no product/);
  });
  it('an introduction that names no product is no heading of the change under it: «… vi endrer derfor disse egenandelene:»', () => {
    const text =
      'Forsikringsnummer 55501234\n\nEndrede egenandeler\n' +
      'Skadene koster mer, og vi endrer derfor disse egenandelene:\n\n' +
      'Egenandelen ved redning går opp fra 1 000 kr til 1 500 kr.\n';
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['ukjent']);
  });
  it('«… blir 8 000 kroner per skade, mot tidligere 6 000 kroner»: the new amount first, today\'s after «mot» — old and new', () => {
    const p = parse('Kjære kunde,\n\nNytt fra fornyelsen:\nEgenandelen på husforsikringen blir 8 000 kroner per skade, mot tidligere 6 000 kroner.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Husforsikring', ['6000'], ['8000']]]);
  });
  it('«Egenandelen er økt med kr 1 000,- til kr 5 000,-»: the increase told as done, and the new amount', () => {
    const p = parse('Forsikringsnummer 55501234\n\nHytteforsikring\n\nHva er endret?\nEgenandelen er økt med kr 1 000,- til kr 5 000,- fra denne fornyelsen.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Hytteforsikring', increase: '1000', new: ['5000'], old: ['4000'] })]);
  });
  it('«… enn kr 5.000 på innboforsikringen, …»: a thousands dot is no sentence\'s end — the sentence names its own product', () => {
    const p = parse('Forsikringsnummer 55501234\n\nEndringer i egenandel\nEgenandelen på husforsikringen økes fra kr 6.000 til kr 9.000. Har du hatt lavere\negenandel enn kr 5.000 på innboforsikringen, vil denne økes til kr 5.000.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new, c.minimum])).toEqual([
      ['Husforsikring', ['6000'], ['9000'], undefined],
      ['Innboforsikring', undefined, undefined, '5000'],
    ]);
  });
  it('a new minimum and the floor it raises a lower deductible to, in two sentences: one minimum, not two changes', () => {
    const p = parse('Forsikringsnummer 55501234\n\nDette er nytt\n  • Minste egenandel på bilforsikringen blir 8 000 kr. Har du i dag lavere egenandel\n    enn 8 000 kr, vil denne økes til 8 000 kr.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.minimum])).toEqual([['Bilforsikring', '8000']]);
  });
  it('«- Egenandel: økes fra …» in a mail\'s terms: the list\'s lead-in names the product, the label none', () => {
    // (layout: an underwriter's reply that confirms the renewal's terms as a bulleted list)
    const text =
      'Hei Per,\n\nSom avtalt med megler fornyer vi\nProduktansvar med virkning fra 1. mars 2025 på disse vilkårene:\n\n' +
      '  - Forsikringssum: kr 5 000 000 per skadetilfelle\n  - Egenandel: økes fra kr 20 000 til kr 30 000\n\nMed vennlig hilsen\nAnne\n';
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Produktansvar', ['20000'], ['30000']]]);
  });
  it('a confirmation\'s title names its insurance: another insurance the sentence names is its cover', () => {
    expect(titleInsurance({ row: false, label: undefined, text: 'BEKREFTELSE PÅ SKOLEFORSIKRING', lower: 'bekreftelse på skoleforsikring' } as never)).toBe('Skoleforsikring');
    expect(titleInsurance({ row: false, label: undefined, text: 'Nyheter og endringer', lower: 'nyheter og endringer' } as never)).toBeUndefined();
    const text =
      'Oslo, 3. februar 2025\n\nBEKREFTELSE PÅ SKOLEFORSIKRING\nForsikringsnummer: SK-99120\n\n' +
      'Vi bekrefter at skolen har skoleforsikring hos oss for 2025. Etter avtale er egenandelen for\nyrkesskadeforsikringen satt ned fra kr 8 000 til kr 4 000 fra nyttår.\n';
    const p = parse(text);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Skoleforsikring', 'Yrkesskadeforsikring', ['8000'], ['4000']]]);
  });
});

describe('a letter of changes in conditions: a heading per insurance with its number, bullets under it', () => {
  // written after private letters on changed conditions: «Boligforsikring (forsikringsnummer …)» over bullets, then
  // «Bilforsikring (forsikringsnummer …), <car>, <plate>» — the second heading, too long for a heading's shape, still ends the first
  const doc = [
    'Endringer i vilkår fra 1. april 2027',
    '',
    'Husforsikring (forsikringsnummer 2207 114 501)',
    '  • Egenandelen ved vannskade økes med kr 3 000.',
    '',
    'Bilforsikring (forsikringsnummer 2207 114 502), Volvo XC40 Recharge, EK 44120',
    '  • Egenandelen ved glasskade går fra 2 000 kroner til 3 500 kroner.',
    '',
  ].join('\n');
  it('each bullet is the change of the insurance its heading names, the bracket with the number left out', () => {
    const changes = parse(doc).deductible_changes?.map((c) => [c.product, c.coverage]);
    expect(changes).toEqual([['Husforsikring', 'Vannskade'], ['Bilforsikring', 'Glasskade']]);
  });
  it('«går fra … til …» after the peril names the cover as «økes» does', () => {
    expect(parse(doc).deductible_changes?.[1]).toMatchObject({ old: ['2000'], new: ['3500'] });
  });
});

describe('a peril of one thing before the insurance: «Egenandelen ved tyveri av sykkel på innboforsikringen …»', () => {
  // written after a savings bank's renewal letter: two sentences, each naming its own insurance, in one paragraph
  const doc = 'Avtalenummer 5521 0934 22\n\nHva endres?\nHar du valgt en lavere egenandel enn 8 000 kroner på\nhusforsikringen, økes den til 8 000 kroner ved fornyelsen. Egenandelen ved tyveri av el-sykkel\npå innboforsikringen går opp fra 2 000 kroner til 3 000 kroner.\n';
  it('each sentence is its own insurance\'s change; the peril of a thing names no cover the sentence decides', () => {
    expect(parse(doc).deductible_changes?.map((c) => [c.product, c.coverage, c.minimum, c.old, c.new])).toEqual([
      ['Husforsikring', undefined, '8000', undefined, undefined],
      ['Innboforsikring', undefined, undefined, ['2000'], ['3000']],
    ]);
  });
});

describe('a fleet agreement\'s change under its vehicles: «Bedriftsavtale kjøretøy» names the product', () => {
  // a fleet certificate: the agreement's heading, a caption that counts the vehicles, rows whose vehicle cell wraps and a line of
  // the vehicle's facts under each, then a paragraph on the new deductible stated from a date
  const doc = [
    'FORSIKRINGSBEVIS',
    'Bedriftsavtale kjøretøy',
    '',
    'Avtalenr.                   4410 8812 07',
    '',
    'Kjøretøy på avtalen (2)',
    '',
    'Kjøretøy                              Dekning      Egenandel    Bonus    Årspremie',
    'Opel Vivaro 2.0,                      Kasko          6 000,-     70 %     12 100,-',
    'SK 11842',
    '  Varebil, 2021, 15 000 km/år',
    'Nissan Navara 2.3,                    Delkasko       4 000,-     50 %      6 950,-',
    'SU 33017',
    '  Pickup, 2018, 10 000 km/år',
    '',
    'Endring i egenandel',
    'Fra 01.01.2027 er egenandelen ved glasskade kr 4 000 (tidligere kr 3 000).',
    '',
  ].join('\n');
  it('the vehicle\'s facts line and the caption name no product; the peril after «egenandelen ved» is the coverage', () => {
    expect(parse(doc).deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Kjøretøy', 'Glasskade', ['3000'], ['4000']]]);
  });
});

describe('a change of things listed together, of one product\'s rows', () => {
  // a municipality's renewal: «Egenandelen for bygning og løsøre økes fra kr 100 000 til kr 150 000 pr. skade.» over a schedule
  // «Skoleforsikring» whose rows are «Bygninger» and «Maskiner og løsøre»
  const schedule = 'SKOLEFORSIKRING\nForsikringssted\tDekning\tForsikringssum\tEgenandel\tPremie\nAlle skolene\tBygninger\t812 000 000\t150 000\t402 100\nAlle skolene\tMaskiner og løsøre\t61 000 000\t150 000\t40 200\n';
  it('is one change of that product, no coverage', () => {
    const p = parse(`Polisenummer: 4471 0928\nUtstedt: 02.01.2027\n\nEgenandelen for bygning og løsøre økes fra kr 100 000 til kr 150 000 pr. skade.\n\n${schedule}`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Skoleforsikring', undefined, ['100000'], ['150000']]]);
  });
  it('things of rows of two products stay as read', () => {
    const two = `${schedule}INVENTAR\nForsikringssted\tDekning\tForsikringssum\tEgenandel\tPremie\nRådhuset\tLøsøre\t5 000 000\t150 000\t2 100\n`;
    const p = parse(`Polisenummer: 4471 0928\nUtstedt: 02.01.2027\n\nEgenandelen for bygning og løsøre økes fra kr 100 000 til kr 150 000 pr. skade.\n\n${two}`);
    expect(p.deductible_changes?.length).toBe(2);
  });
});

describe('a fleet\'s change named by the kind of vehicle and its cover', () => {
  // a broker's summary: «- Egenandelen på kasko for firmabilene går opp fra kr 6 000 til kr 8 000.», «- Egenandel kasko på
  // lastebilene økes fra kr 20 000 til kr 30 000.»; an insurer's list «Lastebil, kasko: egenandelen økes fra NOK … for alle lastebiler …»
  it.each([
    ['- Egenandelen på kasko for varebilene går opp fra kr 5 000 til kr 7 000.', 'Varebil', 'Kasko'],
    ['- Egenandel kasko på trekkvognene økes fra kr 25 000 til kr 40 000.', 'Trekkvogn', 'Kasko'],
    ['- Eigenandelen for delkasko på traktorane aukar frå kr 4 000 til kr 6 000.', 'Traktor', 'Delkasko'],
  ])('%s', (line, product, coverage) => {
    const p = parse(`Emne: Fornyelse 2027 - avtale 7730215\n\nKort oppsummert:\n\n${line}\n`);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage?.toLowerCase()])).toEqual([[product, coverage.toLowerCase()]]);
  });
  it('the summary and the insurer\'s quoted list of the same change are one change', () => {
    const p = parse('Emne: Fornyelse 2027 - avtale 7730215\n\nKort oppsummert:\n\n- Egenandel kasko på trekkvognene økes fra kr 25 000 til kr 40 000.\n\nEndringer fra 01.01.2027:\n> Trekkvogn, kasko: egenandelen økes fra NOK 25 000 til NOK 40 000 for alle trekkvogner.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([['Trekkvogn', 'Kasko', ['25000'], ['40000']]]);
  });
  it('two kinds named: left as read', () => {
    const p = parse('Emne: Fornyelse 2027 - avtale 7730215\n\n- Egenandelen på kasko for varebilene og lastebilene går opp fra kr 5 000 til kr 7 000.\n');
    expect(p.deductible_changes?.[0]?.product).not.toBe('Varebil');
    expect(p.deductible_changes?.[0]?.product).not.toBe('Lastebil');
  });
});

describe('a housing co-operative\'s letter of numbered changes under its renewal field', () => {
  // a letter titled «FORNYELSE AV BYGNINGSFORSIKRING FOR BOLIGSELSKAP» over «Fornyelse gjelder fra: 01.07.2025», a paragraph that
  // ends «… Vi gjør derfor disse endringene i egenandelene fra fornyelsen:» and the changes numbered under it
  const letter = [
    'FORNYELSE AV BYGNINGSFORSIKRING FOR SAMEIE',
    '',
    'Fornyelse gjelder fra: 01.03.2027',
    '',
    'Takk for at sameiet har forsikringen hos oss. Skadene de siste årene har gjort at vi',
    'må se på egenandelene, og vi gjør disse endringene fra fornyelsen:',
    '',
    '1. Har sameiet i dag lavere grunnegenandel enn kr 20.000, vil denne bli økt til',
    '   kr 20.000 fra fornyelsesdatoen.',
    '',
    '2. Ved skade forårsaket av skadedyr er egenandelen 10 % av erstatningen.',
  ].join('\n');
  it('the letter goes on under the field: each change read, the title\'s insurance (with whom it is for) their product', () => {
    const p = parse(letter);
    expect(p.deductible_changes?.map((c) => [c.product, c.minimum ?? c.percent])).toEqual([
      ['Bygningsforsikring for sameie', '20000'],
      ['Bygningsforsikring for sameie', '10'],
    ]);
  });
});

describe('sentences about a deductible that state no change', () => {
  it('a certificate\'s «Egenandelen er 2 500 kr per skadetilfelle.»: the deductible as it is, no change', () => {
    // (the layout of a pet certificate written as a letter: «Hei Kari!» … «Veterinær dekker … Egenandelen er …»)
    const p = parse('Forsikringsnummer 7712 3390\n\nHei Kari!\n\nTakk for at du har valgt oss.\n\nKattens veterinærdel dekker behandling når Pus blir syk, med inntil 40 000 kr per år. Egenandelen er 1 800 kr per skadetilfelle.\n');
    expect(p.deductible_changes).toBeUndefined();
  });
  it('an offer, «Egenandelen på hytta kan økes til 15 000 for lavere premie», is no change', () => {
    const p = parse('Hei Ola!\n\nVåre råd før hovedforfall:\n- Egenandelen på hytta kan økes til 15 000 for ca. 6 % lavere premie. Vi anbefaler å beholde 6 000.\n');
    expect(p.deductible_changes).toBeUndefined();
  });
  it('a web card\'s «Egenandel» / «20 % av kostnadene, minst 5 000 kr»: the current terms, no change', () => {
    const p = parse('Dette er forsikret\n\nRettshjelp\nForsikringssum\n100 000 kr\nEgenandel\n20 % av kostnadene, minst 5 000 kr\nPris per år\n1 100 kr\n');
    expect(p.deductible_changes).toBeUndefined();
  });
  it('a letter that announces its changes: «Egenandelen er 25 % av erstatningen» under it is still one', () => {
    const p = parse('Hei Ola,\n\nForsikringene dine fornyes snart. Her er det som endres.\n\nAvtalenr.: 5510 2290 44\n\n-- Egenandeler --\n  Hytte - vannskade: Egenandelen er 15 % av erstatningen.\n');
    expect(p.deductible_changes?.map((c) => c.percent)).toEqual(['15']);
  });
});

describe('a new minimum told by the lowest deductible', () => {
  it('«For bedriftsansvar er laveste egenandel nå kr 10 000. Har dere i dag en lavere …, økes den til kr 10 000»: one new minimum', () => {
    const p = parse('Endringer i egenandel\n\nFor produktansvar er laveste egenandel nå kr 15 000. Har dere i dag en lavere egenandel på ansvaret, økes den til kr 15 000 fra fornyelsesdatoen.\n');
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Produktansvar', minimum: '15000' })]);
  });
});
