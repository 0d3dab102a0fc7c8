import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('«Summen for Varer er førsterisiko»: a comment under a broker\'s overview', () => {
  // a broker's overview «Selskap  Polisenr.  Produkt  Forsikringssted / objekt  Forsikringssum  Egenandel  Premie», then
  // «Kommentarer» / «- Codan: Summen for Varer er førsterisiko og indeksreguleres ikke.»
  const table = [
    'Produkt              Forsikringssted                Forsikringssum    Egenandel    Premie',
    'Næringsbygg          Havnegata 4, 8006 Bodø          18 200 000 kr    20 000 kr    24 100 kr',
    'Varer                Havnegata 4, 8006 Bodø           2 000 000 kr    10 000 kr     3 150 kr',
    '',
    'Kommentarer',
  ].join('\n');
  it('makes the named row\'s sum a first-risk sum', () => {
    const p = parse(`${table}\n- Summen for varer er førsterisiko og indeksreguleres ikke.\n`);
    expect(p.coverages?.find((c) => c.product === 'Varer')?.sum).toEqual({ first_risk: '2000000' });
    expect(p.coverages?.find((c) => c.product === 'Næringsbygg')?.sum).toBe('18200000');
  });
  it('a name no row has changes nothing', () => {
    const p = parse(`${table}\n- Forsikringssummen for maskiner er på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['18200000', '2000000']);
  });
});

describe('a footnote that names a row without its bracket', () => {
  // 68/soderberg-partners-forsikringsoversikt-konsern: «Varer (fryselager)» in the table, «Fryselager: forsikringssum for varer er
  // førsterisikosum og indeksreguleres ikke.» under it
  const HEAD = 'Forsikring | Forsikringssted | Sum (NOK) | Egenandel (NOK) | Premie (NOK)\nBygning | Kaiveien 4, 8300 Svolvær | 22 000 000 | 50 000 | 31 200\n';
  it('«forsikringssum for varer er førsterisikosum» is the one row «Varer (kjølelager)»', () => {
    const p = parse(`${HEAD}Varer (kjølelager) | Kaiveien 4, 8300 Svolvær | 6 000 000 | 50 000 | 9 800\n\nNoter\nKjølelager: forsikringssum for varer er førsterisikosum.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['22000000', { first_risk: '6000000' }]);
  });
  it('two rows of that name could each be the one meant: neither is changed', () => {
    const p = parse(`${HEAD}Varer (kjølelager) | Kaiveien 4, 8300 Svolvær | 6 000 000 | 50 000 | 9 800\nVarer (tørrlager) | Kaiveien 6, 8300 Svolvær | 2 000 000 | 50 000 | 3 100\n\nNoter\nKjølelager: forsikringssum for varer er førsterisikosum.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['22000000', '6000000', '2000000']);
  });
});

describe('a first-risk sentence that names a place, or opens with its thing', () => {
  // 84/tryg-bedrift-forsikringsbevis: «Varer på Mørkvedbukta 3 er forsikret på førsterisiko.» under two rows of Varer
  const table = [
    'Produkt              Forsikringssted                 Forsikringssum    Egenandel    Premie',
    'Varer                Sjøgata 2, 9008 Tromsø           1 800 000 kr    10 000 kr     4 100 kr',
    'Varer                Stakkevollvegen 41, 9010 Tromsø    900 000 kr    20 000 kr     2 650 kr',
    '',
    'Merknader',
  ].join('\n');
  it('gives the first risk to the row at that place only', () => {
    const p = parse(`${table}\n- Varer i Stakkevollvegen 41 er forsikret på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['1800000', { first_risk: '900000' }]);
  });
  it('changes no row where no row stands at the place', () => {
    const p = parse(`${table}\n- Varer på Storgata 9 er forsikret på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['1800000', '900000']);
  });
  // 84/protector-kommune-kjoretoy: «For arbeidsmaskiner gjelder forsikringssummen som øvre grense for erstatning (førsterisiko).»
  it('«For maskiner gjelder forsikringssummen … (førsterisiko)» over a register of machines', () => {
    const text = [
      'MASKINER',
      '',
      'For maskiner gjelder forsikringssummen som høyeste erstatning (førsterisiko).',
      '',
      'Maskin                              Dekning    Forsikringssum  Egenandel  Premie',
      'Gravemaskin Hitachi ZX85, 2020      Kasko           1 150 000     15 000   8 420',
      'Minilaster Avant 528, 2021          Kasko             410 000     10 000   2 980',
    ].join('\n');
    const p = parse(text);
    expect(p.coverages?.map((c) => c.sum)).toEqual([{ first_risk: '1150000' }, { first_risk: '410000' }]);
  });
});

describe('a footnote\'s mark on a sum, and a cover wrapped before «førsterisiko»', () => {
  // a business certificate's movables: «Verdisaker   90 000 ¹» and under the table «¹ Summen er en førsterisikosum og
  // reguleres ikke etter indeks.»; «Kontormaskiner   … *» over «* Førsterisikosummer indeksreguleres ikke.»
  const table = (mark: string, note: string, under = ''): string =>
    [
      'DRIFTSTILBEHØR',
      '',
      'Forsikringssted                  Dekning            Forsikringssum    Egenandel    Årspremie',
      'Torget 3, 8300 Svolvær           Inventar og            1 400 000       10 000        2 740',
      '                                 utstyr',
      `Torget 3, 8300 Svolvær           Verdisaker          90 000 ${mark}          10 000          420`,
      ...(under !== '' ? [`                                 ${under}`] : []),
      '',
      `${mark} ${note}`,
      '',
    ].join('\n');
  it('reads the amount without the mark, and what the footnote says of it for that row alone', () => {
    const p = parse(table('¹', 'Summen er en førsterisikosum og reguleres ikke etter indeks.'));
    expect(p.coverages?.map((c) => [c.coverage, c.sum, c.index_class])).toEqual([
      ['Inventar og utstyr', '1400000', 'maskin_losore'],
      ['Verdisaker', { first_risk: '90000' }, 'none'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('takes «førsterisiko» set in under the row as the cover\'s last word: a first-risk cover by its name', () => {
    const p = parse(table('*', 'Førsterisikosummer indeksreguleres ikke.', 'førsterisiko'));
    expect(p.coverages?.map((c) => [c.coverage, c.sum, c.index_class])).toEqual([
      ['Inventar og utstyr', '1400000', 'maskin_losore'],
      ['Verdisaker førsterisiko', { first_risk: '90000' }, 'none'],
    ]);
  });
  it('leaves a mark that no footnote explains in the cell: the sum is not read, and said', () => {
    const p = extractPolicy(textToSource(table('*', 'Førsterisikosummer indeksreguleres ikke.').replace(/\n\* .*\n/, '\n'), 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.find((c) => c.coverage === 'Verdisaker')?.sum).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('90 000 *'))).toBe(true);
  });
});

describe('a first-risk sentence whose subject shares a word with another row', () => {
  // a farm's certificate: «Landbruksmaskinar og lausøyre» and «Innbu og lausøyre» in one table, and under it
  // «Innbu og lausøyre er forsikra på førsterisiko.» — the contents' row, not the machines' that share «lausøyre»
  const table = [
    'Dekning                              Forsikringssum          Eigenandel     Årspremie',
    'Landbruksmaskinar og lausøyre        1 900 000               8 000          4 210',
    'Innbu og lausøyre                    600 000                 8 000          1 980',
    '',
  ].join('\n');
  it('gives the first risk to the row with most of the subject\'s words', () => {
    const p = parse(`${table}\nInnbu og lausøyre er forsikra på førsterisiko. Det vil seie at skaden blir erstatta opp til summen.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['1900000', { first_risk: '600000' }]);
  });
  it('two rows with as many of its words are both named («Varer og maskiner er …»)', () => {
    const t = table.replace('Landbruksmaskinar og lausøyre', 'Maskiner                     ').replace('Innbu og lausøyre', 'Varer            ');
    const p = parse(`${t}\nVarer og maskiner er forsikret på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual([{ first_risk: '1900000' }, { first_risk: '600000' }]);
  });
});

describe('a first-risk sentence about a row whose cell says first risk already', () => {
  // «Innbu og lausøyre   Førsterisiko 800 000» in the table and «Innbu og lausøyre er forsikra på førsterisiko.» under it:
  // the sentence is about that row — never about «Landbruksmaskinar og lausøyre», which shares «lausøyre» with it
  it('changes no other row', () => {
    const table = [
      'Dekning                              Forsikringssum          Eigenandel     Årspremie',
      'Landbruksmaskinar og lausøyre        2 400 000               10 000         5 088',
      'Innbu og lausøyre                    Førsterisiko 800 000    10 000         2 360',
      '',
      'Innbu og lausøyre er forsikra på førsterisiko. Det vil seie at skaden blir erstatta opp til summen.',
    ].join('\n');
    expect(parse(`${table}\n`).coverages?.map((c) => c.sum)).toEqual(['2400000', { first_risk: '800000' }]);
  });
});
