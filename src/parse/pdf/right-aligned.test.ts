import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

const H = 842;
/** An item as pdf.js gives it; width as Helvetica-ish: letters 0,5 em, spaces 0,25 em. */
function item(str: string, x: number, y: number, size = 10): TextItem {
  const spaces = (str.match(/ /g) ?? []).length;
  return { str, x, y, size, width: (str.length - spaces) * 0.5 * size + spaces * 0.25 * size };
}
/** An item set right-aligned: ending at `x1`. */
function at(str: string, x1: number, y: number, size = 10): TextItem {
  const it = item(str, 0, y, size);
  return { ...it, x: x1 - it.width };
}
const page = (...items: TextItem[]): PageText => ({ height: H, items });
/** Items as read from a PDF, line by line: a baseline, then each item's text, x and width. */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows, size: number): PageText => page(...rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size }))));
const cells = (pages: PageText[]) => layoutPages(pages).lines.map((l) => l.cells);

describe('amounts set right-aligned in their column', () => {
  it('a «Pris» column of prices under 1 000 (no group to show they are amounts) is one column with its header', () => {
    // groff's tbl: header and figures right-aligned; «3 120» wider than «Pris», «780» narrower
    const out = cells([
      page(
        item('Dekning', 72, 572), at('Forsikringssum', 244.7, 572), at('Egenandel', 304.7, 572), at('Pris', 342.2, 572),
        item('Skog - brann, storm', 72, 558), at('3 450 000', 244.7, 558), at('10 000', 304.7, 558), at('3 120', 342.2, 558),
        item('og snø', 72, 546),
        item('Ungskog og foryn-', 72, 534), at('640 000', 244.7, 534), at('10 000', 304.7, 534), at('780', 342.2, 534),
        item('gelse', 72, 522),
        item('Skogansvar', 72, 510), at('10 000 000', 244.7, 510), at('5 000', 304.7, 510), at('410', 342.2, 510),
      ),
    ]);
    expect(out).toEqual([
      ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Skog - brann, storm og snø', '3 450 000', '10 000', '3 120'],
      ['Ungskog og foryngelse', '640 000', '10 000', '780'],
      ['Skogansvar', '10 000 000', '5 000', '410'],
    ]);
  });
});

describe('a table of one row under its header, set with narrow padding', () => {
  it('splits the row where the header\'s cells start (LibreOffice: 4,7 and 7 points between cells)', () => {
    const out = cells([
      page(
        item('Forsikring', 64, 646, 9), item('Forsikringssted', 124.2, 646, 9), item('Forsikringssum', 240, 646, 9), item('Egenandel', 306.2, 646, 9), item('Pris', 355.2, 646, 9),
        item('Næringsbygg', 64, 632.7, 9), item('Kanalveien 8, 5068 Bergen', 124.2, 632.7, 9), item('kr 27 400 000', 240, 632.7, 9), item('kr 15 000', 306.2, 632.7, 9), item('kr 24 910', 355.2, 632.7, 9),
      ),
    ]);
    expect(out[1]).toEqual(['Næringsbygg', 'Kanalveien 8, 5068 Bergen', 'kr 27 400 000', 'kr 15 000', 'kr 24 910']);
  });

  it('leaves a justified line under a heading of one cell as it is', () => {
    const out = cells([page(item('Vilkår', 64, 646, 9), item('Forsikringen', 64, 632.7, 9), item('gjelder', 124.2, 632.7, 9), item('bygningen', 160, 632.7, 9))]);
    expect(out[1]).toEqual(['Forsikringen gjelder bygningen']);
  });
});

describe('a header set left over amounts set right-aligned', () => {
  it('splits a right-aligned deductible 5 points from the price of a column whose header starts where its widest price does', () => {
    // LibreOffice: «Pris» left-aligned at 380,7; the prices right-aligned to 413,2; the deductibles end at 375,5
    const head = [item('Forsikring', 64, 573.5, 9), item('Forsikringssted', 124.2, 573.5, 9), item('Forsikringssum', 258, 573.5, 9), item('Egenandel', 329.5, 573.5, 9), item('Pris', 380.7, 573.5, 9)];
    const rowAt = (y: number, name: string, place: string, sum: string, ded: string, pris: string) => [item(name, 64, y, 9), item(place, 124.2, y, 9), at(sum, 326.5, y, 9), at(ded, 375.5, y, 9), at(pris, 413.2, y, 9)];
    const out = cells([
      page(
        ...head,
        ...rowAt(560.1, 'Boligbygg', 'Lindebergveien 14-20, 1067 Oslo', '248 600 000', '20 000', '214 800'),
        ...rowAt(546.8, 'Styreansvar', 'Norge', '5 000 000', '10 000', '4 260'),
        ...rowAt(533.5, 'Garasje', 'Lindebergveien 22, 1067 Oslo', '12 300 000', '20 000', '114 120'),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Boligbygg', 'Lindebergveien 14-20, 1067 Oslo', '248 600 000', '20 000', '214 800'],
      ['Styreansvar', 'Norge', '5 000 000', '10 000', '4 260'],
      ['Garasje', 'Lindebergveien 22, 1067 Oslo', '12 300 000', '20 000', '114 120'],
    ]);
  });
});

describe('a header row whose right-aligned cells stand close together', () => {
  it('splits «Vilkårsnr. Forsikringssum Egenandel» where the amounts below end (5,2 and 3,5 points apart)', () => {
    const head = [item('Forsikring', 64, 534.7, 9), item('Forsikringssted', 200.7, 534.7, 9), item('Vilkårsnr.', 298.5, 534.7, 9), at('Forsikringssum', 412.2, 534.7, 9), at('Egenandel', 461.2, 534.7, 9), at('Pris', 508.8, 534.7, 9)];
    const rowAt = (y: number, name: string, nr: string, sum: string, ded: string, pris: string) => [item(name, 64, y, 9), item('Sjøgata 14, 8006 Bodø', 200.7, y, 9), item(nr, 298.5, y, 9), at(sum, 412.2, y, 9), at(ded, 461.2, y, 9), at(pris, 508.8, y, 9)];
    const out = cells([page(...head, ...rowAt(521.3, 'Kontorbygning', 'NB-1040', '18 400 000', '20 000', '31 250'), ...rowAt(508, 'Varer', 'EI-2210', '450 000', '10 000', '1 380'))]);
    expect(out).toEqual([
      ['Forsikring', 'Forsikringssted', 'Vilkårsnr.', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Kontorbygning', 'Sjøgata 14, 8006 Bodø', 'NB-1040', '18 400 000', '20 000', '31 250'],
      ['Varer', 'Sjøgata 14, 8006 Bodø', 'EI-2210', '450 000', '10 000', '1 380'],
    ]);
  });

  it('splits a row of rates under years set right-aligned, 4 points apart', () => {
    const out = cells([
      page(
        item('Objekt', 64, 510.6, 9), at('2023', 170.2, 510.6, 9), at('2024', 197.5, 510.6, 9),
        item('Bygninger', 64, 497.3, 9), at('6,2 %', 170.3, 497.3, 9), at('3,7 %', 197.5, 497.3, 9),
        item('Maskiner og løsøre', 64, 483.9, 9), at('7,5 %', 170.3, 483.9, 9), at('2,8 %', 197.5, 483.9, 9),
      ),
    ]);
    expect(out[2]).toEqual(['Maskiner og løsøre', '7,5 %', '2,8 %']);
  });
});

describe('groff text blocks: a justified line stretches its last word away', () => {
  it('joins the stretched words of two rows at different x (no column of their own)', () => {
    const out = cells([
      page(
        item('Forsikring', 77, 646.7), item('Objekt', 152.3, 646.7), item('Dekning', 242.9, 646.7), at('Pris', 383.1, 646.7),
        item('Næringsbygg', 77, 632.7), item('Lagervegen', 152.3, 632.7), item('9,', 220.4, 632.7), item('Pluss', 242.9, 632.7), at('22 480', 383.1, 632.7),
        item('7080 Heimdal', 152.3, 620.7),
        item('Bil', 77, 606.7), item('CF 40718', 152.3, 606.7), item('Ford', 209.1, 606.7), item('Delkasko', 242.9, 606.7), at('3 420', 383.1, 606.7),
        item('Ranger 2021', 152.3, 594.7),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Næringsbygg', 'Lagervegen 9, 7080 Heimdal', 'Pluss', '22 480'],
      ['Bil', 'CF 40718 Ford Ranger 2021', 'Delkasko', '3 420'],
    ]);
  });

  it('joins them when every word of the stretched line is an item of its own (Ghostscript\'s items, as read)', () => {
    // groff through ps2pdf: «CF», «40718» and «Ford» are three items 9,8 points apart; the rows
    // above are judged against «CF 40718» … «Ford» only once those are one cell
    const rows: [number, ...[string, number, number][]][] = [
      [757.9, ["Fremtind Forsikring AS", 72.0, 96.0]],
      [742.3, ["Forsikringsoversikt", 72.0, 77.3]],
      [721.9, ["Avtalenummer: 7730 1184", 72.0, 107.0]],
      [706.3, ["Kunde: Solbakken Transport AS", 72.0, 130.2]],
      [690.7, ["Avtaleperiode: 01.03.2025 - 28.02.2026", 72.0, 159.5]],
      [675.1, ["Utstedt: 12.02.2025", 72.0, 79.2]],
      [646.7, ["Forsikring", 77.0, 45.3], ["Objekt", 152.3, 30.0], ["Dekning", 242.9, 36.1], ["Egenandel", 295.5, 45.0], ["Pris", 365.8, 17.2]],
      [632.7, ["Næringsbygg", 77.0, 53.9], ["Pluss", 242.9, 21.1], ["20 000", 313.1, 27.5], ["22 480", 355.6, 27.5], ["Lagervegen", 152.3, 46.9], ["9,", 220.4, 7.5]],
      [620.7, ["7080 Heimdal", 152.3, 56.9]],
      [606.7, ["Eiendeler", 77.0, 38.3], ["Pluss", 242.9, 21.1], ["10 000", 313.1, 27.5], ["5 310", 360.6, 22.5], ["Lagervegen", 152.3, 46.9], ["9,", 220.4, 7.5]],
      [594.7, ["7080 Heimdal", 152.3, 56.9]],
      [580.7, ["Bil", 77.0, 12.2], ["Kasko", 242.9, 25.4], ["8 000", 318.1, 22.5], ["9 870", 360.6, 22.5], ["AB", 152.3, 13.9], ["12345", 174.6, 25.0], ["Mer-", 208.1, 19.8]],
      [568.7, ["cedes-Benz", 152.3, 46.1]],
      [556.7, ["Sprinter", 152.3, 32.2]],
      [542.7, ["Bil", 77.0, 12.2], ["Delkasko", 242.9, 37.7], ["4 000", 318.0, 22.5], ["3 420", 360.6, 22.5], ["CF", 152.3, 12.2], ["40718", 174.3, 25.0], ["Ford", 209.1, 18.7]],
      [530.7, ["Ranger 2021", 152.3, 51.4]],
      [516.7, ["Tilhenger", 77.0, 38.5], ["JT 2281 Tysse 750", 152.3, 75.0], ["Ansvar", 242.9, 28.6], ["410", 368.1, 15.0]],
      [502.7, ["Bedriftsansvar", 77.0, 58.1], ["Standard", 242.9, 35.6], ["10 000", 313.1, 27.5], ["3 960", 360.6, 22.5]],
      [488.7, ["Sum årspremie", 77.0, 60.3], ["45 450", 355.5, 27.5]],
      [462.3, ["Egenandelen ved glasskade på bil er kr 3 000.", 72.0, 183.4]],
      [441.9, ["Kjøretøy lagt til fra 15.03.2025", 72.0, 124.9]],
      [415.5, ["Forsikring", 72.0, 45.3], ["Dekning", 177.7, 36.1], ["Egenandel", 228.8, 45.0], ["Pris", 294.1, 17.2]],
      [401.5, ["Kasko", 177.7, 25.5], ["6 000", 251.3, 22.5], ["8 120", 288.9, 22.5], ["Bil ZT 88120 Volvo", 72.0, 90.7]],
      [389.5, ["XC60 2022", 72.0, 46.4]],
      [377.5, ["Ansvar", 177.7, 28.6], ["1 240", 288.9, 22.5], ["Traktor", 72.0, 29.6], ["-", 109.8, 3.3], ["LA", 121.3, 13.3], ["4402", 142.7, 20.0]],
      [365.5, ["Valtra N175", 72.0, 48.6]],
    ];
    const out = cells([page(...rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 10 }))))]);
    expect(out.slice(7, 12)).toEqual([
      ['Næringsbygg', 'Lagervegen 9, 7080 Heimdal', 'Pluss', '20 000', '22 480'],
      ['Eiendeler', 'Lagervegen 9, 7080 Heimdal', 'Pluss', '10 000', '5 310'],
      // (groff's hyphenation «Mer-» «cedes-Benz» joined up again: the name as the text has it)
      ['Bil', 'AB 12345 Mercedes-Benz Sprinter', 'Kasko', '8 000', '9 870'],
      ['Bil', 'CF 40718 Ford Ranger 2021', 'Delkasko', '4 000', '3 420'],
      ['Tilhenger', 'JT 2281 Tysse 750', 'Ansvar', '', '410'],
    ]);
  });
});

describe('a justified line of a text block ends at its column edge', () => {
  it('is not split where the other rows\' cells end, in a row with amounts (groff: «Pluss Brann,» … «vann»)', () => {
    const out = cells([
      page(
        item('Forsikring', 77, 627.5), item('Dekning', 160.3, 627.5), item('Forsikringssted', 257.6, 627.5), at('Egenandel', 497, 627.5),
        item('Næringsbygg', 77, 613.5), item('Pluss Brann og vann', 160.3, 613.5), item('Industrivegen 21,', 257.6, 613.5), at('Kr 15 000', 497, 613.5),
        item('7080 Heimdal', 257.6, 601.5),
        item('Næringsbygg', 77, 587.5), item('Pluss Brann og vann', 160.3, 587.5), item('Industrivegen 23', 257.6, 587.5), at('Kr 15 000', 497, 587.5),
        item('Eiendeler', 77, 573.5), item('Pluss Brann,', 160.3, 573.5), item('vann', 248.5 - item('vann', 0, 0).width, 573.5), item('Industrivegen 21,', 257.6, 573.5), at('Kr 15 000', 497, 573.5),
        item('og tyveri/ran', 160.3, 561.5), item('7080 Heimdal', 257.6, 561.5),
      ),
    ]);
    expect(out[3]).toEqual(['Eiendeler', 'Pluss Brann, vann og tyveri/ran', 'Industrivegen 21, 7080 Heimdal', 'Kr 15 000']);
  });
});

/** The farm certificate's table as its text reads, whichever generator printed it. */
const FARM_TABLE = [
  ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Årspremie'],
  ['Driftsbygning', 'Haugevegen 14, 2860 Hov', 'kr 11 400 000', 'kr 20 000', 'kr 16 820'],
  ['(nytt tak på låven er tatt med fra 1. mai 2026)'],
  ['Våningshus', 'Haugevegen 16, 2860 Hov', 'kr 4 150 000', 'kr 10 000', 'kr 5 460'],
  ['Garasje', 'Haugevegen 14, 2860 Hov', 'kr 1 900 000', 'kr 10 000', 'kr 2 310'],
  ['Tillegg', '', '', '', 'kr 1 240'],
];

describe('a table broken by a note line, its rows after it set at other columns', () => {
  it('LibreOffice: the rows after the note split at narrow padding (amounts with their currency, and the row below\'s cells)', () => {
    const rows: Rows = [
      [630.0, ["Forsikring", 64.0, 39.5], ["Forsikringssted", 122.7, 61.0], ["Forsikringssum", 237.0, 61.0], ["Egenandel", 303.2, 43.0], ["Årspremie", 352.2, 41.0]],
      [616.6, ["Driftsbygning", 64.0, 52.5], ["Haugevegen 14, 2860 Hov", 122.7, 107.1], ["kr 11 400 000", 237.0, 55.0], ["kr 20 000", 303.2, 37.5], ["kr 16 820", 352.2, 37.5]],
      [603.1, ["(nytt tak på låven er tatt med fra 1. mai 2026)", 62.5, 199.2]],
      [586.5, ["Våningshus", 64.0, 47.0], ["Haugevegen 16, 2860 Hov", 116.7, 107.1], ["kr 4 150 000", 233.0, 50.0], ["kr 10 000", 287.7, 37.5], ["kr 5 460", 329.7, 32.5]],
      [573.1, ["Garasje", 64.0, 31.5], ["Haugevegen 14, 2860 Hov", 116.7, 107.1], ["kr 1 900 000", 233.0, 50.0], ["kr 10 000", 287.7, 37.5], ["kr 2 310", 329.7, 32.5]],
      [559.8, ["Tillegg", 64.0, 26.5], ["kr 1 240", 329.7, 32.5]],
    ];
    expect(cells([asRead(rows, 9)]).slice(0, 6)).toEqual(FARM_TABLE);
  });
  it('groff: a stretched word is judged against the rows on its side of the note only', () => {
    const rows: Rows = [
      [633.1, ["Forsikring", 72.0, 41.5], ["Forsikringssted", 143.1, 61.5], ["Forsikringssum", 233.7, 62.1], ["Egenandel", 310.8, 42.2], ["Årspremie", 368.0, 42.2]],
      [621.1, ["Driftsbygning", 72.0, 56.1], ["kr 11 400 000", 233.7, 55.8], ["kr 20 000", 310.8, 38.3], ["kr 16 820", 368.0, 38.3], ["Haugevegen", 143.1, 49.4], ["14,", 206.2, 12.5]],
      [609.1, ["2860 Hov", 143.1, 39.6]],
      [587.5, ["(nytt tak på låven er tatt med fra 1. mai 2026)", 72.0, 181.4]],
      [565.9, ["Våningshus", 72.0, 46.1], ["kr 4 150 000", 223.7, 50.8], ["kr 10 000", 289.5, 38.3], ["kr 5 460", 342.9, 33.3], ["Haugevegen", 133.1, 49.4], ["16,", 196.2, 12.5]],
      [553.9, ["2860 Hov", 133.1, 39.6]],
      [541.9, ["Garasje", 72.0, 30.5], ["kr 1 900 000", 223.7, 50.8], ["kr 10 000", 289.5, 38.3], ["kr 2 310", 342.9, 33.3], ["Haugevegen", 133.1, 49.4], ["14,", 196.2, 12.5]],
      [529.9, ["2860 Hov", 133.1, 39.6]],
      [517.9, ["Tillegg", 72.0, 28.4], ["kr 1 240", 342.9, 33.3]],
    ];
    expect(cells([asRead(rows, 10)]).slice(0, 6)).toEqual(FARM_TABLE);
  });
});

describe('a word broken at the end of a justified line', () => {
  it('«Eiendeler … Fjellve-» over «gen 2, 3580 Geilo» is one cell, whatever room the stretch left', () => {
    const rows: Rows = [
      [642.3, ["Forsikring", 72.0, 45.3], ["Forsikringssted", 140.9, 66.4], ["Forsikringssum", 231.5, 67.0], ["Egenandel", 313.5, 45.0], ["Pris", 394.6, 17.2]],
      [628.3, ["Næringsbygg", 72.0, 53.9], ["kr 31 600 000", 242.6, 55.8], ["kr 20 000", 320.2, 38.3], ["kr 38 410", 373.5, 38.3], ["Fjellvegen 2, 3580", 140.9, 75.6]],
      [616.3, ["Geilo", 140.9, 22.2]],
      [604.3, ["Driftstap", 72.0, 35.6], ["kr 6 000 000", 247.6, 50.8], ["kr 20 000", 320.2, 38.3], ["kr 7 120", 378.5, 33.3], ["Fjellvegen 2, 3580", 140.9, 75.6]],
      [592.3, ["Geilo", 140.9, 22.2]],
      [557.9, ["Forsikringsoversikt", 205.4, 83.4], ["Fremtind Forsikring AS", 77.0, 103.5]],
      [543.9, ["Side 2 av 2", 205.4, 44.5], ["Avtalenummer: 7741 2290", 77.0, 107.0]],
      [529.9, ["kr 3 280", 332.1, 33.3], ["Eiendeler", 77.0, 38.3], ["Fjellve-", 159.4, 31.0]],
      [517.9, ["gen 2, 3580 Geilo", 77.0, 71.7]],
      [529.9, ["kr 2 400 000", 205.4, 50.8], ["kr 10 000", 273.7, 38.3]],
      [503.9, ["Sum årspris", 77.0, 47.5], ["kr 48 810", 327.1, 38.3]],
    ];
    const out = cells([asRead(rows, 10)]);
    expect(out.find((r) => r[0]!.startsWith('Eiendeler'))?.[0]).toBe('Eiendeler Fjellvegen 2, 3580 Geilo');
  });
});

describe('groff: a text block stretched on every line', () => {
  it('«Fullverdi … (pre-» over «miegrunnlag … 284» over «300 000)» is one cell', () => {
    const rows: Rows = [
      [589.5, ["Bygning", 72.0, 35.6], ["Adresse", 153.4, 33.7], ["Forsikringssum", 244.0, 67.0], ["Egenandel", 334.6, 45.0], ["Årspremie", 394.6, 45.4]],
      [575.5, ["Boligblokk A–C", 72.0, 66.4], ["15 000", 352.1, 27.5], ["188 640", 407.5, 32.5], ["Sagveien 21, 0459", 153.4, 75.6]],
      [563.5, ["Oslo", 153.4, 18.9]],
      [575.5, ["Fullverdi", 244.0, 36.5], ["(pre-", 300.2, 19.4]],
      [563.5, ["miegrunnlag", 244.0, 50.4], ["284", 304.6, 15.0]],
      [551.5, ["300 000)", 244.0, 35.8]],
      [539.5, ["Garasjeanlegg", 72.0, 57.1], ["15 000", 352.1, 27.5], ["11 020", 412.5, 27.5], ["Sagveien 23, 0459", 153.4, 75.6]],
      [527.5, ["Oslo", 153.4, 18.9]],
      [539.5, ["Fullverdi", 244.0, 36.5], ["(pre-", 300.2, 19.4]],
      [527.5, ["miegrunnlag", 244.0, 50.4], ["19", 309.6, 10.0]],
      [515.5, ["750 000)", 244.0, 35.8]],
    ];
    expect(cells([asRead(rows, 10)]).slice(1, 3)).toEqual([
      ['Boligblokk A–C', 'Sagveien 21, 0459 Oslo', 'Fullverdi (premiegrunnlag 284 300 000)', '15 000', '188 640'],
      ['Garasjeanlegg', 'Sagveien 23, 0459 Oslo', 'Fullverdi (premiegrunnlag 19 750 000)', '15 000', '11 020'],
    ]);
  });
});

describe('LibreOffice: amounts set close in a table of two rows or one', () => {
  it('two amounts, items of their own 5 points apart, are two cells, and the header splits over them', () => {
    const rows: Rows = [
      [550.5, ["Dekning", 64.0, 35.5], ["Forsikringssum", 128.0, 67.5], ["Egenandel", 200.0, 45.5], ["Pris", 261.0, 17.0]],
      [537.2, ["Bygning", 64.0, 32.5], ["Fullverdi", 128.0, 34.0], ["15 000", 218.0, 27.5], ["38 400", 250.5, 27.5]],
      [523.8, ["Bygningsglass", 64.0, 58.0], ["Fullverdi", 128.0, 34.0], ["5 000", 223.0, 22.5], ["980", 263.0, 15.0]],
    ];
    expect(cells([asRead(rows, 9)])).toEqual([
      ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Bygning', 'Fullverdi', '15 000', '38 400'],
      ['Bygningsglass', 'Fullverdi', '5 000', '980'],
    ]);
  });
  it('a right-aligned header 4 points from the next splits where the one row below ends its amount', () => {
    const rows: Rows = [
      [459.8, ["Forsikring", 64.0, 44.0], ["Dekning", 194.0, 35.5], ["Egenandel", 233.7, 45.5], ["Pris", 289.5, 17.0]],
      [446.4, ["Bil ZT 88120 Volvo XC60 2022", 64.0, 123.6], ["Kasko", 194.0, 25.0], ["6 000", 256.7, 22.5], ["8 120", 284.0, 22.5]],
      [433.1, ["Traktor - LA 4402 Valtra N175", 64.0, 120.1], ["Ansvar", 194.0, 28.0], ["1 240", 284.0, 22.5]],
    ];
    expect(cells([asRead(rows, 9)])).toEqual([
      ['Forsikring', 'Dekning', 'Egenandel', 'Pris'],
      ['Bil ZT 88120 Volvo XC60 2022', 'Kasko', '6 000', '8 120'],
      ['Traktor - LA 4402 Valtra N175', 'Ansvar', '', '1 240'],
    ]);
  });
});

// groff's table of a schedule whose last row took in the total row under it: «5 000 Samla
// årspremie» ends with the deductibles and starts under the sums. Taken for one of the column's
// cells, it moved the column's left edge onto the sums' column, and every row's sum and deductible
// were read as one cell («11 850 000 10 000»).
describe('a right-aligned column whose last cell took in a total\'s label', () => {
  it('the figure and the label do not move the column\'s edge: sums and deductibles stay apart', () => {
    const w = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, width, size: 10 });
    const lines = layoutPages([
      page(
        w('Forsikring', 72, 562.7, 45.3), w('Objekt', 143.1, 562.7, 30), w('Forsikringssum', 274.4, 562.7, 67), w('Eigenandel', 351.4, 562.7, 47.8), w('Årspremie', 421.3, 562.7, 45.4),
        w('Driftsbygning', 72, 548.7, 56.1), w('Fjøs', 143.1, 548.7, 18.9), w('9 250 000', 311.7, 548.7, 40), w('10 000', 371.7, 548.7, 27.5), w('21 310', 439.2, 548.7, 27.5),
        w('Bustadhus', 72, 536.7, 41.7), w('Våningshus', 143.1, 536.7, 46.1), w('5 600 000', 311.7, 536.7, 40), w('8 000', 376.7, 536.7, 22.5), w('7 905', 444.2, 536.7, 22.5),
        w('Lausøyre', 72, 524.7, 37.1), w('Maskinar', 143.1, 524.7, 38.3), w('12 100 000', 306.7, 524.7, 45), w('10 000', 371.7, 524.7, 27.5), w('6 480', 444.2, 524.7, 22.5),
        w('Gardsansvar', 72, 512.7, 49.7), w('Tun', 143.1, 512.7, 16.1), w('5 000 Samla årspremie', 307.3, 512.7, 91.9), w('1 980 37 675', 414.2, 512.7, 52.5),
      ),
    ]).lines;
    expect(lines[1]!.cells).toEqual(['Driftsbygning', 'Fjøs', '9 250 000', '10 000', '21 310']);
    expect(lines[3]!.cells).toEqual(['Lausøyre', 'Maskinar', '12 100 000', '10 000', '6 480']);
  });
});
