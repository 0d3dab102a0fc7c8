import { describe, expect, it } from 'vitest';
import { printedText } from './printed-text.js';
import type { PageText, TextItem } from './types.js';

/** A proportional font at 10 points: a space 2,5 points, narrow and wide letters apart (as Times sets them). */
function advance(ch: string): number {
  if (ch === ' ') return 2.5;
  if ('iljtf.,:'.includes(ch)) return 2.8;
  if ('mwMW'.includes(ch)) return 8.3;
  if (/[0-9]/.test(ch)) return 5;
  return /[A-ZÆØÅ]/.test(ch) ? 6.7 : 4.6;
}

const MARGIN = 56.8;

/**
 * Text lines as a word processor prints a text file: each run of two spaces or more (or each tab, to
 * the next stop `tab` apart) ends an item, as pdf.js gives them; one line every 11,5 points.
 */
function printed(lines: string[], tab?: number): PageText {
  const items: TextItem[] = [];
  lines.forEach((line, n) => {
    let x = MARGIN;
    const y = 780 - n * 11.5;
    let word = '';
    let start = x;
    const flush = (): void => {
      const str = word.trimEnd();
      if (str !== '') items.push({ str, x: start, y, width: [...str].reduce((w, c) => w + advance(c), 0), size: 10 });
      word = '';
    };
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '\t' && tab) {
        flush();
        x = MARGIN + (Math.floor((x - MARGIN + 0.3) / tab) + 1) * tab;
        start = x;
        continue;
      }
      if (ch === ' ' && line[i + 1] === ' ') {
        flush();
        while (line[i] === ' ') (x += advance(' ')), i++;
        i--;
        start = x;
        continue;
      }
      if (word === '') start = x;
      word += ch;
      x += advance(ch);
    }
    flush();
  });
  return { height: 841.9, width: 595.3, items };
}

const TABLE = [
  'Forsikringsbevis                              Utstedt 14.02.2026',
  '',
  'Forsikringen omfatter      Forsikringssum     Egenandel     Pris per år',
  'Veterinærforsikring Basis          40 000         2 500           6 310',
  'Livsforsikring                     25 000             -           1 840',
  'Ansvarsforsikring hund          2 000 000         1 000             310',
  '',
  '  Egenandel veterinær: fast egenandel kr 2 500 per skadetilfelle.',
];

describe('printedText: a text file printed in a proportional font', () => {
  it('gives back the text\'s own lines: its columns, lined up with spaces, stand unevenly on the page', () => {
    const page = printed(TABLE);
    // (the amounts' x differ from line to line: the layout's columns would split them)
    const xs = page.items.filter((it) => /^\d[\d ]*$/.test(it.str) && it.str.length > 5).map((it) => Math.round(it.x));
    expect(new Set(xs).size).toBeGreaterThan(1);
    expect(printedText([page])).toBe(TABLE.join('\n'));
  });

  it('pages apart by form feeds', () => {
    expect(printedText([printed(TABLE.slice(0, 4)), printed(TABLE.slice(4))])).toBe(`${TABLE.slice(0, 4).join('\n')}\n\f${TABLE.slice(4).join('\n')}`);
  });

  it('a text whose cells are apart by tabs, printed at the default stops: the tabs come back, as many as the stops passed', () => {
    const lines = ['Forsikring\tDekning\tForsikringssum\tPris', 'Næringsbygg\tPluss Brann og vann\tkr 61 400 000\tkr 55 870', 'Driftstap\tPluss\tkr 40 000 000\tkr 22 900', 'Bedriftsansvar\t\tkr 10 000 000\tkr 14 620', 'Motorvogn\tKasko\t\tkr 9 340'];
    expect(printedText([printed(lines, (1.25 / 2.54) * 72)])).toBe(lines.join('\n'));
  });

  it('a line the word processor wrapped at the right margin goes on in the line under it', () => {
    const long = 'Naturskade dekkes etter lov om naturskadeforsikring, og egenandelen ved naturskade er fastsatt i forskrift og er kr 8 000.';
    // (broken as a word processor breaks it: at the last space before the right margin)
    const fits = (n: number): boolean => [...long.slice(0, n)].reduce((w, c) => w + advance(c), 0) <= 595.3 - 2 * MARGIN;
    let cut = long.indexOf(' ');
    while (long.indexOf(' ', cut + 1) > 0 && fits(long.indexOf(' ', cut + 1))) cut = long.indexOf(' ', cut + 1);
    const lines = [...TABLE.slice(0, 6), long.slice(0, cut), long.slice(cut + 1), 'Neste linje'];
    const page = printed(lines);
    // (the first part ends close to the right margin: 595,3 less the left margin)
    expect(Math.max(...page.items.map((it) => it.x + it.width))).toBeGreaterThan(595.3 - MARGIN - 20);
    expect(printedText([page])).toBe([...TABLE.slice(0, 6), long, 'Neste linje'].join('\n'));
  });

  it('a rule of dashes under a line is a line of its own, though no line has room for it after its text', () => {
    const rule = '-'.repeat(70);
    const lines = [...TABLE.slice(0, 6), rule, 'YRKESSKADE – lovbestemt                          Årspremie kr 58 310', rule, 'Dekningen følger lov om yrkesskadeforsikring.'];
    expect(printedText([printed(lines)])).toBe(lines.join('\n'));
  });

  it('a text in a fixed-width font is printed as it stands: a line that ends near the right edge is not joined to the next', () => {
    // (Courier at 10 points: every character 6 points; a printing program's margins need not be even)
    const mono = (lines: string[]): PageText => ({
      height: 841.9,
      width: 595.3,
      items: lines.flatMap((line, n) =>
        [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ str: m[0], x: 72 + m.index! * 6, y: 780 - n * 12, width: m[0].length * 6, size: 10 })),
      ),
    });
    const lines = [...TABLE.slice(0, 6), 'Naturskade dekkes etter lov om naturskadeforsikring; egenandelen er fastsatt i forskrift', 'og er kr 8 000.'];
    expect(printedText([mono(lines)])).toBe(lines.join('\n'));
  });

  it('a typeset table (cells padded to column widths of its own) is no text printed', () => {
    const rows = [
      ['Forsikring', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Veterinærforsikring Basis', '40 000', '2 500', '6 310'],
      ['Livsforsikring', '25 000', '-', '1 840'],
      ['Ansvarsforsikring hund', '2 000 000', '1 000', '310'],
      ['Avlivning og kremering', '4 000', '-', '190'],
    ];
    const cols = [56.8, 197.3, 281.9, 359.4];
    const items = rows.flatMap((r, n) => r.map((str, k) => ({ str, x: cols[k]! + (k > 0 ? 13.7 * ((n * 7 + k * 3) % 5) * 0.37 : 0), y: 700 - n * 14, width: [...str].reduce((w, c) => w + advance(c), 0), size: 10 })));
    expect(printedText([{ height: 841.9, width: 595.3, items }])).toBeUndefined();
  });

  it('headings in another size: a typeset document, not a text printed', () => {
    const page = printed(TABLE);
    page.items[0] = { ...page.items[0]!, size: 14 };
    expect(printedText([page])).toBeUndefined();
  });

  it('a page of prose, one item a line at the margin: too little to tell (the layout reads it)', () => {
    expect(printedText([printed(['Kjære kunde,', '', 'Takk for at du er kunde hos oss.', 'Vennlig hilsen'])])).toBeUndefined();
  });
});

/** Times's advance widths (Adobe's core metrics, per 1000) of the characters the Tryg table below uses. */
const TIMES: Record<string, number> = {
  ' ': 250, ',': 250, '.': 250, '-': 333, '/': 278, r: 333, f: 333, i: 278, l: 278, t: 278, j: 278, s: 389, a: 444, c: 444, e: 444, z: 444,
  b: 500, d: 500, g: 500, h: 500, k: 500, n: 500, o: 500, p: 500, q: 500, u: 500, v: 500, x: 500, y: 500, ø: 500,
  m: 778, w: 722, Å: 722, A: 722, D: 722, B: 667, C: 667, E: 611, F: 556, M: 889, N: 722, P: 556, S: 556, U: 722, V: 722, T: 611,
  ...Object.fromEntries([...'0123456789'].map((d) => [d, 500])),
};

/**
 * Lines as LibreOffice prints a text file in Liberation Serif at 10 points and pdf.js reads them: a
 * run of three spaces or more ends an item; two spaces (5 points, under pdf.js's 0,6 em) stay in the
 * item as one space, the item as wide as its two.
 */
function printedTimes(lines: string[]): PageText {
  const adv = (ch: string): number => (TIMES[ch] ?? 500) / 100;
  const items: TextItem[] = [];
  lines.forEach((line, n) => {
    for (const m of line.matchAll(/\S+(?: {1,2}\S+)*/g)) {
      const x = MARGIN + [...line.slice(0, m.index)].reduce((w, c) => w + adv(c), 0);
      items.push({ str: m[0].replace(/ {2}/g, ' '), x, y: 780 - n * 11.5, width: [...m[0]].reduce((w, c) => w + adv(c), 0), size: 10 });
    }
  });
  return { height: 841.9, width: 595.3, items };
}

describe('printedText: two spaces pdf.js gave as one', () => {
  // a Tryg business schedule as text, printed by LibreOffice: pdf.js gave the header's
  // «Forsikringssum  Egenandel» as one item «Forsikringssum Egenandel», every row then one cell more
  // than the header and none read
  const TRYG = [
    'Forsikring                Forsikringssted             Forsikringssum  Egenandel    Premie',
    '------------------------  --------------------------  --------------  ---------  --------',
    'Maskiner, inventar og     Havnegata 14,                    4.850.000     10.000     9.214',
    'Varer                     Mørkvedbukta 3,                  1.100.000     25.000     3.410',
    'Bedriftsansvar            Norden                          10.000.000     20.000     6.400',
    'Produktansvar             Verden                           5.000.000     20.000     3.960',
  ];

  it('the item as wide as its characters and two spaces gets its two spaces back (Times\'s widths)', () => {
    const page = printedTimes(TRYG);
    expect(page.items.map((it) => it.str)).toContain('Forsikringssum Egenandel');
    expect(printedText([page])).toBe(TRYG.join('\n'));
  });

  it('every run of an item two spaces: each gets its second back (a Landkreditt header «Forsikringssum  Egenandel  Årspris»)', () => {
    const lines = [
      'Dekning                   Adresse                    Forsikringssum  Egenandel  Årspris',
      '------------------------  -------------------------  --------------  ---------  -------',
      'Verkstedbygning           Industrivegen 9,                12.400.000     20.000   18.740',
      'Maskiner og utstyr        Industrivegen 9,                 3.600.000     10.000    7.215',
      'Varelager                 Industrivegen 9,                   900.000     10.000    2.180',
      'Bedriftsansvar            Norden                          10.000.000     10.000    5.960',
    ];
    const page = printedTimes(lines);
    expect(page.items.map((it) => it.str)).toContain('Forsikringssum Egenandel Årspris');
    expect(printedText([page])).toBe(lines.join('\n'));
  });

  it('an item whose extra space could stand at either of its spaces is left as pdf.js gave it', () => {
    // («Sum premie  38.904»: the wider gap is after «premie», but nothing in the item says which)
    const lines = [...TRYG, '', 'Sum premie  38.904   Betales innen 01.03.2026'];
    const out = printedText([printedTimes(lines)])!;
    expect(out.split('\n').at(-1)).toBe('Sum premie 38.904   Betales innen 01.03.2026');
  });
});
