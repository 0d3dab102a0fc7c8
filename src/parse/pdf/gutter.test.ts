import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';
import { acrossByItems, columnParts, gutterX } from './gutter.js';

const SIZE = 8.5;

function page(rows: [number, number, number, string][]): PageText {
  const items: TextItem[] = rows.map(([x, y, width, str]) => ({ x, y, width, str, size: SIZE }));
  return { height: 595.3, items };
}

// private-holdout59/tryg-landbruk-forsikringsbevis printed by WeasyPrint with CSS columns: the left
// column's headings and paragraph gaps put its lines off the right column's baselines
// («Forsikringstaker: Haugen Gardsdrift DA» at y 486,9 beside «Nordre Haugen, Haugenvegen 210» at 489,9)
const landbruk = page([
  [34, 547.1, 56.4, 'Tryg Forsikring'],
  [34, 534.1, 35.4, 'Landbruk'],
  [34, 516.0, 126.1, 'FORSIKRINGSBEVIS GÅRD OG'],
  [34, 505.0, 46.3, 'LANDBRUK'],
  [34, 486.9, 148.8, 'Forsikringstaker: Haugen Gardsdrift DA'],
  [34, 473.9, 109.1, 'Polisenummer: 6543-221087'],
  [34, 460.8, 81.3, 'Kundenr.: 77 10 4455'],
  [34, 447.8, 74.2, 'Utstedt: 20.03.2026'],
  [34, 434.7, 134.2, 'Forsikringen gjelder fra: 01.04.2026'],
  [34, 421.7, 73.7, 'Hovedforfall: 01.04.'],
  [34, 403.6, 112.4, 'Spesifikasjon av forsikringene'],
  [34, 390.6, 159.2, '(tabellen er skrevet ut med én kolonne per'],
  [34, 379.5, 17.9, 'linje)'],
  [34, 361.5, 37.3, 'Forsikring'],
  [34, 348.4, 57.6, 'Forsikringssted'],
  [34, 335.4, 57.6, 'Forsikringssum'],
  [34, 322.3, 40.6, 'Egenandel'],
  [34, 309.3, 38.7, 'Årspremie'],
  [34, 291.2, 49.6, 'Kårbolig'],
  [34, 278.2, 113.4, 'Søndre Haugen, Gnr 45 Bnr 2'],
  [221.1, 547.1, 47.3, 'kr 3 200 000'],
  [221.1, 534.1, 35.4, 'kr 10 000'],
  [221.1, 521.0, 30.7, 'kr 4 480'],
  [221.1, 503.0, 78.9, 'Maskiner og redskap'],
  [221.1, 489.9, 132.3, 'Nordre Haugen, Haugenvegen 210'],
  [221.1, 476.9, 47.3, 'kr 4 100 000'],
  [221.1, 463.8, 35.4, 'kr 10 000'],
  [221.1, 450.8, 30.7, 'kr 9 840'],
  [221.1, 432.7, 56.5, 'Avling og varer'],
  [221.1, 419.7, 132.3, 'Nordre Haugen, Haugenvegen 210'],
  [221.1, 406.6, 47.3, 'kr 1 250 000'],
  [221.1, 393.6, 35.4, 'kr 10 000'],
  [221.1, 380.5, 30.7, 'kr 3 000'],
  [221.1, 362.5, 152.1, 'Alle forsikringssteder ligger i 2930 Bagn.'],
  [350.5, 20.3, 35.0, 'Side 1 av 1'],
]);

describe('a page in two columns of a proportional font (CSS columns)', () => {
  it('is read column by column: the left column to its foot, then the right', () => {
    const { lines } = layoutPages([landbruk]);
    const texts = lines.map((l) => l.text);
    // (built across both, «Forsikringstaker: …» stood beside another row's place, «kr 3 200 000» beside «Tryg Forsikring»)
    expect(texts.some((t) => t.includes('Tryg Forsikring') && t.includes('kr 3 200 000'))).toBe(false);
    expect(texts).toContain('Forsikringstaker: Haugen Gardsdrift DA');
    expect(texts.indexOf('Søndre Haugen, Gnr 45 Bnr 2')).toBeLessThan(texts.indexOf('kr 3 200 000'));
    expect(texts.indexOf('kr 3 200 000')).toBeLessThan(texts.indexOf('Maskiner og redskap'));
  });

  it('a table whose cells stand apart by a wide gap stays as it is: its rows share baselines', () => {
    // (a label column that wraps, its amount on the row's first line)
    const rows: [number, number, number, string][] = [];
    let y = 540;
    for (const [label, amount] of [
      ['Bygning', 'kr 4 200 000'],
      ['Maskiner og inventar', 'kr 800 000'],
      ['Varer', 'kr 350 000'],
      ['Avbrudd', 'kr 1 200 000'],
      ['Ansvar', 'kr 10 000 000'],
    ] as const) {
      rows.push([38, y, 80, label], [250, y, 50, amount]);
      y -= 15;
    }
    rows.push([350.5, 20.3, 35, 'Side 1 av 1']);
    expect(columnParts(page(rows))).toBeUndefined();
  });

  it('a table over lines of the left column only, a footer far below on the right: no columns', () => {
    // (private-holdout54/sparebank1-bilforsikring-forsikringsbevis: the vehicles' facts under the table
    // stand in its first column's width; the page number is the only text right of them)
    const rows: [number, number, number, string][] = [
      [38, 370.4, 64.9, 'Produkt Kjøretøy'],
      [324.2, 370.4, 28, 'Årspris'],
      [38, 355.0, 130.9, 'Bilforsikring EK 48213 Tesla Model Y'],
      [324.2, 355.0, 20, '9.864'],
      [38, 340.1, 139.5, 'Bilforsikring ZV 11907 Volkswagen Golf'],
      [324.2, 340.1, 20, '3.212'],
      [38, 325.2, 130.7, 'Mopedforsikring XJ 3310 Piaggio Zip'],
      [324.2, 325.2, 20, '1.148'],
      [38, 310.3, 42.2, 'Totalt per år'],
      [324.2, 310.3, 24.5, '14.224'],
    ];
    let y = 285.9;
    for (const t of ['Opplysninger om kjøretøyene', 'EK 48213 Tesla Model Y', 'Årsmodell 2022, elbil', 'Bonus: 75 %', 'ZV 11907 Volkswagen Golf', 'Årsmodell 2013', 'Bonus: 70 %']) {
      rows.push([34, y, 100, t]);
      y -= 13.05;
    }
    rows.push([350.5, 20.3, 35, 'Side 1 av 2']);
    expect(columnParts(page(rows))).toBeUndefined();
  });

  it('a table whose cells wrap at their rows\' pitch, under fields set at a wider one, stays as it is', () => {
    // (docs/gjensidige-forsikringsbevis-strektabell-2026 printed by groff: the place «Strandgata 12,» over
    // «9008 Tromsø» at 12 points, the fields above the table at 15,6 — off the page's common pitch, on the rows')
    const rows: [number, number, number, string][] = [
      [72, 757.9, 142, 'GJENSIDIGE FORSIKRING ASA'],
      [72, 742.3, 137, 'FORSIKRINGSBEVIS NÆRING'],
      [72, 721.9, 168, 'Forsikringstaker: Ishavskysten Sjømat AS'],
      [72, 706.3, 129, 'Forsikringsnummer: 91 447 208'],
      [72, 690.7, 79, 'Utstedt: 18.02.2026'],
      [72, 675.1, 179, 'Forsikringsperiode: 01.03.2026 - 28.02.2027'],
      [72, 654.7, 77, 'Forsikringsoversikt'],
      [72, 628.3, 45, 'Forsikring'], [162.6, 628.3, 66, 'Forsikringssted'], [288.2, 628.3, 19.5, 'Sum'], [322.6, 628.3, 45, 'Egenandel'], [382.6, 628.3, 30, 'Premie'],
      [72, 614.3, 54, 'Næringsbygg'], [162.6, 614.3, 58, 'Strandgata 12,'], [262.6, 614.3, 45, '14 200 000'], [340.1, 614.3, 27.5, '10 000'], [385.5, 614.3, 27.5, '16 870'],
      [162.6, 602.3, 53, '9008 Tromsø'],
      [72, 590.3, 76, 'Eiendeler - Mask-'], [162.6, 590.3, 58, 'Strandgata 12,'], [267.6, 590.3, 40, '2 300 000'], [340.1, 590.3, 27.5, '10 000'], [390.5, 590.3, 22.5, '4 410'],
      [72, 578.3, 18, 'iner,'],
      [72, 566.3, 72, 'inventar og løsøre'], [162.6, 566.3, 53, '9008 Tromsø'],
      [72, 554.3, 68, 'Eiendeler - Varer'], [162.6, 554.3, 81, 'Kjølelager, Breivika'], [267.6, 554.3, 40, '1 800 000'], [340.1, 554.3, 27.5, '10 000'], [390.5, 554.3, 22.5, '3 260'],
      [162.6, 542.3, 85, 'havn 4, 9018 Tromsø'],
      [72, 530.3, 36, 'Driftstap'], [162.6, 530.3, 58, 'Strandgata 12,'], [267.6, 530.3, 40, '6 500 000'], [390.5, 530.3, 22.5, '5 940'],
      [162.6, 518.3, 53, '9008 Tromsø'],
      [72, 506.3, 58, 'Bedriftsansvar'], [162.6, 506.3, 30, 'Norden'], [262.6, 506.3, 45, '10 000 000'], [340.1, 506.3, 27.5, '10 000'], [390.5, 506.3, 22.5, '3 780'],
      [72, 479.9, 88, 'Alle beløp er i kroner.'],
    ];
    expect(columnParts(page(rows))).toBeUndefined();
  });

  // test/fixtures/pdf/realworld/fornyelse-naering.libreoffice.pdf, page 2 (its items as read): a table of a cover's
  // terms, its questions down the first column beside «Dekkes» / «Dekkes ikke» cells of several lines each, centred
  // in their rows — the questions stand off the cells' baselines, but beside the cells there are only three of
  // them, and the headings under the table run on alone
  it('a table\'s headings down its first column beside cells of several lines: no columns', () => {
    const rows: [number, number, number, string, number][] = [
      [401.3, 791.889, 128.856, 'FORSIKRINGSNUMMER 70112358', 8],
      [451.3, 782.689, 78.896, 'UTSTEDT 27.11.2024', 8],
      [62.5, 753.689, 158.564, '## FORSIKRINGSBEVIS', 14],
      [62.5, 722.389, 70.785, 'Næringsbygg', 11],
      [221.2, 699.889, 28.481, 'Dekkes', 9.5],
      [377.1, 699.889, 47.167, 'Dekkes ikke', 9.5],
      [65.3, 671.789, 134.71, '<b>Hvor gjelder forsikringen?</b>', 9.5],
      [221.2, 682.689, 122.683, '<ul><li>- På forsikringsstedet</', 9.5],
      [221.2, 671.789, 144.751, 'li><li>- I Norge for naturskade</li></', 9.5],
      [221.2, 660.789, 12.739, 'ul>', 9.5],
      [377.1, 677.289, 143.659, '<ul><li>- Ting under transport</li></', 9.5],
      [377.1, 666.289, 12.74, 'ul>', 9.5],
      [65.3, 632.689, 97.841, '<b>Hva er forsikret?</b>', 9.5],
      [221.2, 643.689, 142.148, '<p>Bygning med faste installasjoner,', 9.5],
      [221.2, 632.689, 139.393, 'maksimalt kr 1 500 000 for ting uten', 9.5],
      [360.8, 632.689, 3.163, '-', 9.5],
      [221.2, 621.789, 94.734, 'for forsikringsstedet</p>', 9.5],
      [62.5, 587.989, 111.133, 'Nyheter og endringer', 11],
      [62.5, 561.389, 102.036, 'Forsikringsoversikt', 11],
      [62.5, 534.689, 87.989, 'Forsikringsbevis', 11],
      [62.5, 508.089, 81.873, 'Generelle vilkår', 11],
      [62.5, 474.589, 160.846, '## GENERELLE VILKÅR', 14],
      [62.5, 453.789, 88.547, '1. Forsikringsavtalen', 10.5],
      [62.5, 433.589, 389.571, 'Forsikringen gjelder i ett år og fornyes automatisk. Avtalt egenandel trekkes fra erstatningen.', 10.5],
      [62.5, 413.289, 376.236, 'Ved skade på glass reduseres egenandelen med kr 1 000 når glasset byttes innen 30 dager.', 10.5],
      [62.5, 393.089, 326.371, 'Behandlingsansvarlig er Nordvik Forsikring ASA, Postboks 40, 5003 Bergen.', 10.5],
      [276.3, 44.189, 15.936, 'Side', 8],
      [294.6, 44.189, 4.448, '2', 8],
      [301.2, 44.189, 8.496, 'av', 8],
      [311.9, 44.189, 4.448, '2', 8],
    ];
    const items: TextItem[] = rows.map(([x, y, width, str, size]) => ({ x, y, width, str, size }));
    expect(columnParts({ height: 841.9, items })).toBeUndefined();
  });
});

describe('the gutter found by counting in order', () => {
  // the candidate with the fewest items across it, the widest gap among equals — as a pass over every item per candidate finds it
  function naive(items: TextItem[]): { x: number; crossing: number } | undefined {
    const x1Of = (it: TextItem) => it.x + Math.max(0, it.width);
    const left = Math.min(...items.map((it) => it.x));
    const right = Math.max(...items.map(x1Of));
    const w = right - left;
    if (!(w > 0)) return undefined;
    const cs = items.flatMap((it) => {
      const out: number[] = [];
      if (it.x - 0.5 > left + 0.25 * w && it.x - 0.5 < left + 0.75 * w) out.push(it.x - 0.5);
      const e = x1Of(it) + 0.5;
      if (e > left + 0.25 * w && e < left + 0.75 * w) out.push(e);
      return out;
    });
    let best: { x: number; crossing: number; gap: number } | undefined;
    for (const x of cs) {
      // (each candidate counted item by item: the definition the sorted count must agree with)
      const { crossing, gap } = acrossByItems(items, x);
      if (!best || crossing < best.crossing || (crossing === best.crossing && gap > best.gap)) best = { x, crossing, gap };
    }
    return best && { x: best.x, crossing: best.crossing };
  }

  it('gives what a pass over every item gives, on random pages with items of no width and on shared edges', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      const items: TextItem[] = [];
      const count = 2 + Math.floor(rnd() * 60);
      for (let k = 0; k < count; k++) {
        // half-point grid: starts and ends fall on one another and on candidates
        const x = Math.floor(rnd() * 120) / 2;
        const width = rnd() < 0.15 ? 0 : Math.floor(rnd() * 40) / 2;
        items.push({ str: 'x', x, y: Math.floor(rnd() * 50) * 12, width, size: 10 });
      }
      expect(gutterX(items)).toEqual(naive(items));
    }
  });
});
