import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from './pdf-layout.js';

const H = 842;
const S = 9;
/** An item as pdf.js gives it; width as Helvetica-ish: letters 0,5 em, spaces 0,25 em. */
function item(str: string, x: number, y: number, size = S): TextItem {
  const spaces = (str.match(/ /g) ?? []).length;
  return { str, x, y, size, width: (str.length - spaces) * 0.5 * size + spaces * 0.25 * size };
}
const right = (it: TextItem) => it.x + it.width;
const page = (...items: TextItem[]): PageText => ({ height: H, items });
const cells = (pages: PageText[]) => layoutPages(pages).lines.map((l) => l.cells);

describe('physical lines and cells', () => {
  it('keeps the spaces of «Kr 10 000» inside a cell and splits cells at wide gaps', () => {
    const kr = item('Kr', 300, 700);
    const ten = item('10', right(kr) + 2.2, 700);
    const thousand = item('000', right(ten) + 2.2, 700);
    const out = cells([page(item('Næringsbygg', 50, 700), kr, ten, thousand, item('Kr 15 000', 400, 700))]);
    expect(out).toEqual([['Næringsbygg', 'Kr 10 000', 'Kr 15 000']]);
  });

  it('reads «Kr 6 000   Kr 10 000» as two cells when far apart, one when a space apart', () => {
    const a = item('Kr 6 000', 300, 700);
    const far = item('Kr 10 000', right(a) + 20, 700);
    const b = item('Kr 6 000', 300, 680);
    const near = item('Kr 10 000', right(b) + 2.5, 680);
    expect(cells([page(a, far)])).toEqual([['Kr 6 000', 'Kr 10 000']]);
    expect(cells([page(b, near)])).toEqual([['Kr 6 000 Kr 10 000']]);
  });

  it('groups items by baseline with a tolerance, and orders them by x', () => {
    const out = cells([page(item('B', 200, 700.8), item('A', 50, 700), item('under', 50, 680))]);
    expect(out).toEqual([['A', 'B'], ['under']]);
  });

  it('ignores whitespace-only items (pdf.js inserts them for gaps)', () => {
    expect(cells([page(item('A', 50, 700), item(' ', 60, 700), item('B', 200, 700))])).toEqual([['A', 'B']]);
  });
});

describe('wrapped lines', () => {
  it('starts a new line at each entry of a list with dot leaders, though the entry above is the widest text', () => {
    // «Innbo, Storgata 1 ........ sum kr …» over «Hus, Storgata 1 ........ fullverdi, …» at the
    // line pitch: the entry below has a leader of its own, so it is not the rest of the one above
    const a = item('Innbo, Storgata 1, 0150 Oslo .......... sum kr 1 450 000, egenandel kr 4 000', 50, 700);
    const b = item('Hus, Storgata 1, 0150 Oslo ............ fullverdi, egenandel kr 10 000', 50, 688.5);
    const c = item('Aldersfradrag ved skade på innbo:', 50, 670);
    expect(cells([page(a, b, c)])).toEqual([
      // (and the leader is a gap between two cells, as in a text file)
      ['Innbo, Storgata 1, 0150 Oslo', 'sum kr 1 450 000, egenandel kr 4 000'],
      ['Hus, Storgata 1, 0150 Oslo', 'fullverdi, egenandel kr 10 000'],
      [c.str],
    ]);
  });

  it('a quote marker alone under a long quoted line is an empty line of the e-mail, not the end of the line above', () => {
    // a printed answer that quotes the insurer's mail: «> Takk for henvendelsen. … ved hovedforfall.» over «>»
    const a = item('> Takk for henvendelsen. Forsikringssummene i avtalen reguleres med indeksen ved hovedforfall.', 50, 700);
    const b = item('>', 50, 688.5);
    const c = item('> Indeksregulering 1.1.2025:', 50, 677);
    expect(cells([page(a, b, c)])).toEqual([[a.str], ['>'], [c.str]]);
  });

  it('joins a cell wrapped onto the next lines within its column, the other columns empty there', () => {
    const out = cells([
      page(
        item('Hva er forsikret?', 50, 700),
        item('- Bygning med faste', 200, 700),
        item('- Utstyr for produksjon', 400, 700),
        item('innredninger og tekniske', 200, 689.2),
        item('anlegg', 200, 678.4),
        item('Egenandel', 50, 661),
        item('Kr 15 000', 200, 661),
      ),
    ]);
    expect(out).toEqual([
      ['Hva er forsikret?', '- Bygning med faste innredninger og tekniske anlegg', '- Utstyr for produksjon'],
      ['Egenandel', 'Kr 15 000', ''],
    ]);
  });

  it('joins running text wrapped at the right edge, and keeps short close lines apart', () => {
    const l1 = 'Forsikringen gjelder for bygninger og løsøre på forsikringsstedet som nevnt i bevisets side';
    const out = cells([
      page(
        item(l1, 50, 700),
        item('to, og for ting som er midlertidig borte.', 50, 689.2),
        item('- Bygninger 4,8 %', 50, 672),
        item('- Varer 5,5 %', 50, 661.2),
      ),
    ]);
    expect(out).toEqual([[`${l1} to, og for ting som er midlertidig borte.`], ['- Bygninger 4,8 %'], ['- Varer 5,5 %']]);
  });

  it('does not run a heading on into the body text below it', () => {
    const out = cells([page(item('Endring av egenandeler og vilkår for næringsbygg og borettslag i 2024', 50, 700, 11), item('Tekst', 50, 688, 9))]);
    expect(out).toEqual([['Endring av egenandeler og vilkår for næringsbygg og borettslag i 2024'], ['Tekst']]);
    // nor onto an 11 pt heading at the top of the next page after 10,5 pt text
    const l1 = 'Forsikringssummen er angitt i forsikringsbeviset og gjelder ved hvert skadetilfelle og totalt i forsikringsåret';
    expect(cells([page(item(l1, 50, 80, 10.5)), page(item('Egenandel', 50, 757, 11))])).toEqual([[l1], ['Egenandel']]);
  });

  it('continues a table cell across a page break when it was cut at its column edge', () => {
    const p1 = page(
      item('', 0, 0),
      item('Dekkes', 200, 760),
      item('Dekkes ikke', 400, 760),
      item('Hva er forsikret?', 50, 740),
      item('- Bygning med faste innredninger', 200, 740),
      item('- Utstyr', 400, 740),
      item('og tekniske anlegg - Ledninger og kabler', 200, 729.2),
    );
    const p2 = page(item('og rør fram til tilknytning', 200, 760), item('Egenandel', 50, 740), item('Kr 15 000', 200, 740));
    expect(cells([p1, p2])).toEqual([
      ['', 'Dekkes', 'Dekkes ikke'],
      ['Hva er forsikret?', '- Bygning med faste innredninger og tekniske anlegg - Ledninger og kabler og rør fram til tilknytning', '- Utstyr'],
      ['Egenandel', 'Kr 15 000', ''],
    ]);
  });

  it('never runs a short line on onto the next page, even below a table with a narrow first column', () => {
    // samples/fornyelse-naering.txt: «Forsikringsoversikt» ends page 1 under a table whose first
    // column is about as wide as it; «Forsikringsbevis» starts page 2
    const p1 = page(
      item('Brødtekst går helt ut til høyre marg, slik at kanten er kjent for resten av dokumentet.', 50, 780),
      item('Dekkes', 170, 760),
      item('<b>Hva er forsikret?</b>', 50, 743),
      item('Bygning med faste installasjoner', 170, 743),
      item('Nyheter og endringer', 50, 79),
      item('Forsikringsoversikt', 50, 62),
    );
    const p2 = page(item('Forsikringsbevis', 50, 757), item('Generelle vilkår', 50, 740));
    expect(cells([p1, p2]).slice(-4)).toEqual([['Nyheter og endringer'], ['Forsikringsoversikt'], ['Forsikringsbevis'], ['Generelle vilkår']]);
  });

  it('continues running text across a page break when its last line was cut at the margin', () => {
    const l1 = 'Forsikringen gjelder for bygninger og løsøre på forsikringsstedet som nevnt i bevisets side';
    const p1 = page(item(l1, 50, 80), item(l1, 50, 69.2), item(l1, 50, 58.4));
    const p2 = page(item('reparasjon.', 50, 757), item('Neste avsnitt', 50, 740));
    expect(cells([p1, p2])).toEqual([[`${l1} ${l1} ${l1} reparasjon.`], ['Neste avsnitt']]);
    // a one-line paragraph cut at the margin goes on too
    expect(cells([page(item(l1, 50, 80)), page(item('reparasjon.', 50, 757))])).toEqual([[`${l1} reparasjon.`]]);
  });

  it('does not run a paragraph that ends with the page on into the next page’s paragraph', () => {
    const l1 = 'Bygningen driftes og vedlikeholdes i henhold til gjeldende Forskrift om brannforebygging.';
    const out = cells([page(item(l1, 50, 80)), page(item('Bygning, bygningskomponent eller maskin må ikke overbelastes.', 50, 757))]);
    expect(out).toEqual([[l1], ['Bygning, bygningskomponent eller maskin må ikke overbelastes.']]);
  });

  it('starts a new row on the next page when the last row ended short', () => {
    const p1 = page(item('Produkt', 50, 760), item('Egenandel', 300, 760), item('Kontorbygg', 50, 740), item('Kr 10 000', 300, 740));
    const p2 = page(item('Sameie', 50, 760), item('Kr 6 000', 300, 760));
    expect(cells([p1, p2])).toEqual([
      ['Produkt', 'Egenandel'],
      ['Kontorbygg', 'Kr 10 000'],
      ['Sameie', 'Kr 6 000'],
    ]);
  });
});

describe('tables', () => {
  it('gives every row of a table one cell per column, empty where it has no text', () => {
    const out = cells([
      page(
        item('Dekkes', 200, 760),
        item('Dekkes ikke', 400, 760),
        item('BYGNING', 50, 740),
        item('Hvor?', 50, 720),
        item('I Norge', 200, 720),
        item('Bare i kolonne tre', 400, 700),
        item('Et avsnitt etter tabellen, som går over hele bredden av siden og mer til', 50, 680),
      ),
    ]);
    expect(out).toEqual([
      ['', 'Dekkes', 'Dekkes ikke'],
      ['BYGNING'],
      ['Hvor?', 'I Norge', ''],
      ['', '', 'Bare i kolonne tre'],
      ['Et avsnitt etter tabellen, som går over hele bredden av siden og mer til'],
    ]);
  });

  it('reads a short line at the margin and a wrapped block indented right of it as two rows of a two-column table', () => {
    // the corpus yrkesskade schedule: `Definisjoner\t` then `\t<ul…>` (one cell per row)
    const out = cells([
      page(
        item('- Dugnad, Organisasjoner, Lag / klubb / korps', 50, 385.4),
        item('Definisjoner', 50, 368.3),
        item('<ul><li>- <b>Forsikringstaker</b> Den som inngår forsikringsavtalen med', 115.5, 351.2),
        item('Gjensidige.</li><li>- <b>Sikrede</b> Den som har rett til erstatning.</li></ul>', 115.5, 340.4),
        item('Nyheter og endringer', 50, 323.3),
      ),
    ]);
    expect(out).toEqual([
      ['- Dugnad, Organisasjoner, Lag / klubb / korps'],
      ['Definisjoner', ''],
      ['', '<ul><li>- <b>Forsikringstaker</b> Den som inngår forsikringsavtalen med Gjensidige.</li><li>- <b>Sikrede</b> Den som har rett til erstatning.</li></ul>'],
      ['Nyheter og endringer'],
    ]);
  });

  it('keeps an indented line that has not wrapped (centred, right-aligned or a one-line quote) as one cell', () => {
    const out = cells([page(item('Definisjoner', 50, 368.3), item('Midtstilt linje', 250, 351.2), item('Etter', 50, 334.1))]);
    expect(out).toEqual([['Definisjoner'], ['Midtstilt linje'], ['Etter']]);
  });

  it('does not merge two different tables into one grid', () => {
    const out = cells([
      page(
        item('Produkt', 50, 760),
        item('Dekning', 150, 760),
        item('Ny egenandel', 300, 760),
        item('Gjelder for forsikringene:', 50, 740),
        item('Kontorbygg,', 180, 740),
      ),
    ]);
    expect(out).toEqual([
      ['Produkt', 'Dekning', 'Ny egenandel'],
      ['Gjelder for forsikringene:', 'Kontorbygg,'],
    ]);
  });
});

describe('running headers and footers', () => {
  const pages = [1, 2, 3].map((n) =>
    page(
      item('FORSIKRINGSNUMMER 12345678', 420, 812, 8),
      item('Konfidensielt', 50, 812, 8),
      item(`Innhold side ${n}`, 50, 700),
      ...(n === 1 ? [item('Brødtekst går helt ut til høyre marg, slik at kanten er kjent for resten av dokumentet.', 50, 680)] : []),
      item(n === 2 ? 'Midt på siden' : `Mer ${n}`, 50, 650),
      item(`Side ${n} av 3`, 280, 28, 8),
    ),
  );

  it('removes lines repeated at the same place on most pages, keeps each once, numbers lines in reading order', () => {
    const { lines, running } = layoutPages(pages);
    expect(lines.map((l) => [l.page, l.line, l.text])).toEqual([
      [1, 2, 'Innhold side 1'],
      [1, 3, 'Brødtekst går helt ut til høyre marg, slik at kanten er kjent for resten av dokumentet.'],
      [1, 4, 'Mer 1'],
      [2, 6, 'Innhold side 2'],
      [2, 7, 'Midt på siden'],
      [3, 8, 'Innhold side 3'],
      [3, 9, 'Mer 3'],
    ]);
    expect(running.map((l) => [l.page, l.line, l.cells])).toEqual([
      [1, 1, ['Konfidensielt', 'FORSIKRINGSNUMMER 12345678']],
      [1, 5, ['Side 1 av 3']],
    ]);
  });

  it('treats a page number or FORSIKRINGSNUMMER in the margin of a one-page document as running, not the same text in the body', () => {
    const { lines, running } = layoutPages([
      page(item('FORSIKRINGSNUMMER 12345678', 420, 812, 8), item('FORSIKRINGSNUMMER 12345678', 50, 500), item('Side 1 av 1', 280, 28, 8)),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['FORSIKRINGSNUMMER 12345678']);
    expect(running.map((l) => l.text)).toEqual(['FORSIKRINGSNUMMER 12345678', 'Side 1 av 1']);
  });

  it('keeps a header once per distinct text when it changes (two policies in one file)', () => {
    const two = [1, 2, 3, 4].map((n) => page(item(`FORSIKRINGSNUMMER ${n <= 2 ? '111' : '222'}`, 420, 812, 8), item(`Tekst ${n}`, 50, 700)));
    expect(layoutPages(two).running.map((l) => l.text)).toEqual(['FORSIKRINGSNUMMER 111', 'FORSIKRINGSNUMMER 222']);
  });
});

describe('PDFs from other tools (word processors, browsers)', () => {
  // a browser's stylesheet: table rows 15 points apart in 8 points (cell padding), a wrapped cell
  // line at the same pitch; running text at 1,6 em
  const B = 8;
  const at = (text: string, x: number, y: number) => item(text, x, y, B);
  const cellsAt = (y: number, ...cs: [string, number][]) => cs.map(([t, x]) => at(t, x, y));
  const changes = (top: number) => [
    ...cellsAt(top, ['Produkt', 38], ['Dekning', 100], ['Tidligere', 230], ['Ny', 320]),
    ...cellsAt(top - 15, ['Eiendeler', 38], ['Pluss', 100], ['Kr 10 000', 230], ['Kr 15 000', 320]),
    ...cellsAt(top - 30, ['Borettslag og', 38], ['Pluss', 100], ['Kr 6 000', 230], ['Kr 8 000', 320]),
    ...cellsAt(top - 45, ['sameie', 38], ['Kr 10 000', 230], ['Kr 12 000', 320]),
    ...cellsAt(top - 60, ['Næringsbygg', 38], ['Pluss', 100], ['Kr 9 000', 230], ['Kr 10 000', 320]),
  ];
  const wanted = [
    ['Produkt', 'Dekning', 'Tidligere', 'Ny'],
    ['Eiendeler', 'Pluss', 'Kr 10 000', 'Kr 15 000'],
    ['Borettslag og sameie', 'Pluss', 'Kr 6 000 Kr 10 000', 'Kr 8 000 Kr 12 000'],
    ['Næringsbygg', 'Pluss', 'Kr 9 000', 'Kr 10 000'],
  ];

  it('reads a wrapped cell at a browser table’s row pitch (1,9 em) as it reads one at the line pitch: the anchors tell', () => {
    expect(cells([page(...changes(700))])).toEqual(wanted);
  });

  it('goes on with a name broken after «og» in lower case though a rule is drawn between the lines (a row per text line)', () => {
    const rules = [692, 677, 662, 647, 632].map((y) => ({ x0: 34, x1: 390, y }));
    expect(cells([{ ...page(...changes(700)), rules }])).toEqual(wanted);
  });

  it('goes on with a cover wrapped in lower case, its first and amount columns empty, though a rule is drawn above it and the line above ends whole', () => {
    const lines = [
      ...cellsAt(700, ['Produkt', 38], ['Dekning', 100], ['Sum', 230], ['Premie', 320]),
      ...cellsAt(685, ['Driftstilbehør', 38], ['Maskiner, inventar', 100], ['kr 12 750 000', 230], ['kr 18 214', 320]),
      ...cellsAt(670, ['og løsøre', 100]),
      ...cellsAt(655, ['Varer', 38], ['Standard', 100], ['kr 2 500 000', 230], ['kr 4 630', 320]),
    ];
    const rules = [692, 677, 662, 647].map((y) => ({ x0: 34, x1: 390, y }));
    expect(cells([{ ...page(...lines), rules }])).toEqual([
      ['Produkt', 'Dekning', 'Sum', 'Premie'],
      ['Driftstilbehør', 'Maskiner, inventar og løsøre', 'kr 12 750 000', 'kr 18 214'],
      ['Varer', 'Standard', 'kr 2 500 000', 'kr 4 630'],
    ]);
  });

  it('joins running text wrapped at the document’s own leading (1,6 em), and keeps one-line paragraphs set apart', () => {
    const L = 1.6 * B;
    const para = (y: number) => [
      at('Har du hatt lavere egenandel enn kr 10 000 på Bedriftsansvar, vil', 34, y),
      at('denne økes til kr 10 000 fra hovedforfall, og egenandelen for', 34, y - L),
      at('vannskade blir kr 15 000.', 34, y - 2 * L),
    ];
    const out = cells([page(at('Endringer', 34, 760), ...para(745), ...para(700), at('Kort avsnitt.', 34, 655), at('Neste avsnitt.', 34, 640))]);
    expect(out).toEqual([
      ['Endringer'],
      ['Har du hatt lavere egenandel enn kr 10 000 på Bedriftsansvar, vil denne økes til kr 10 000 fra hovedforfall, og egenandelen for vannskade blir kr 15 000.'],
      ['Har du hatt lavere egenandel enn kr 10 000 på Bedriftsansvar, vil denne økes til kr 10 000 fra hovedforfall, og egenandelen for vannskade blir kr 15 000.'],
      ['Kort avsnitt.'],
      ['Neste avsnitt.'],
    ]);
  });

  it('keeps a list marker set apart from its text (hanging indent, tab) in the text’s cell', () => {
    const out = cells([
      page(
        item('Indeksreguleringen fra 01.01.2025 er:', 50, 700),
        item('-', 54, 686),
        item('Bygninger 4,1 %', 68, 686),
        item('-', 54, 674),
        item('Maskiner, inventar og løsøre 3,6 %', 68, 674),
      ),
    ]);
    expect(out).toEqual([['Indeksreguleringen fra 01.01.2025 er:'], ['- Bygninger 4,1 %'], ['- Maskiner, inventar og løsøre 3,6 %']]);
  });

  it('reads a table row whose cells are centred vertically as one row', () => {
    // «Tidligere egenandel» wraps in its cell; the one-line cells stand half a line lower
    const out = cells([
      page(
        item('Tidligere', 300, 700),
        item('Produkt', 50, 694),
        item('Dekning', 150, 694),
        item('Ny egenandel', 400, 694),
        item('egenandel', 300, 688),
        item('Næringsbygg', 50, 670),
        item('Utvidet brann og vann', 150, 670),
        item('Kr 8 000', 300, 670),
        item('Kr 12 000', 400, 670),
      ),
    ]);
    expect(out).toEqual([
      ['Produkt', 'Dekning', 'Tidligere egenandel', 'Ny egenandel'],
      ['Næringsbygg', 'Utvidet brann og vann', 'Kr 8 000', 'Kr 12 000'],
    ]);
  });

  it('reads a centred row whose short cells stand on the tall cell’s second line as one row', () => {
    const out = cells([
      page(
        item('Dekning', 50, 720),
        item('Forsikringssum', 250, 720),
        item('Påførte utgifter, for eksempel reise til', 50, 700),
        item('behandling, medisiner og hjelpemidler', 50, 689),
        item('Inntil 1-6,50 G', 250, 689),
        item('som ikke dekkes av folketrygden', 50, 678),
        item('Kort', 50, 660),
        item('Kr 0', 250, 660),
      ),
    ]);
    expect(out).toEqual([
      ['Dekning', 'Forsikringssum'],
      ['Påførte utgifter, for eksempel reise til behandling, medisiner og hjelpemidler som ikke dekkes av folketrygden', 'Inntil 1-6,50 G'],
      ['Kort', 'Kr 0'],
    ]);
  });

  it('wraps a label in the first column of a table whose header row left that column empty', () => {
    // `\tDekkes\tDekkes ikke`, then «Hvem forsikringen gjelder for (sikrede)?» wrapped in a
    // narrow first column, its other cell centred beside it
    const out = cells([
      page(
        item('Et avsnitt med mange ord som går helt ut til høyre marg, slik at kanten er kjent for hele siden.', 50, 760),
        item('Dekkes', 126, 740),
        item('Dekkes ikke', 350, 740),
        item('Hvem', 50, 720),
        item('forsikringen', 50, 707.2),
        item('- Forsikringstaker', 126, 700.5),
        item('gjelder for', 50, 694.5),
        item('(sikrede)?', 50, 681.7),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['', 'Dekkes', 'Dekkes ikke'],
      ['Hvem forsikringen gjelder for (sikrede)?', '- Forsikringstaker', ''],
    ]);
  });

  it('does not take a short line and the row below it for one centred row', () => {
    const out = cells([page(item('Indeksregulering:', 50, 700), item('Bygninger', 50, 689), item('4,1 %', 300, 689))]);
    expect(out).toEqual([['Indeksregulering:'], ['Bygninger', '4,1 %']]);
  });

  it('splits cells closer than an em where other rows of the page have a column', () => {
    // narrow cell padding: «… hjelpemidler» ends 6 points before the next column
    const a = item('behandling, medisiner og hjelpemidler', 50, 689);
    const out = cells([
      page(
        item('Dekning', 50, 720),
        item('Forsikringssum', right(a) + 6, 720),
        item('Egenandel', 400, 720),
        item('Ménerstatning', 50, 705),
        item('4,5 G', right(a) + 6, 705),
        a,
        item('Inntil 1-6,50 G', right(a) + 6, 689),
        item('Kr 0', 400, 689),
      ),
    ]);
    expect(out.at(-1)).toEqual(['behandling, medisiner og hjelpemidler', 'Inntil 1-6,50 G', 'Kr 0']);
  });

  it('keeps a justified wrapped cell’s stretched space inside its column where the header or its next line runs across it', () => {
    // groff's tbl text block: «Industriveien 7,» justified over «8294 Hamarøy», row after row;
    // the gap (0,65 em) is the same in every row, and the column's header runs across it
    const rows = [700, 676, 652].flatMap((y) => {
      const street = item('Industriveien', 150, y, 10);
      return [item('Bygning', 50, y, 10), street, item('7,', right(street) + 6.5, y, 10), item('8294 Hamarøy', 150, y - 12, 10), item('24 500 000', 280, y, 10), item('20 000', 370, y, 10)];
    });
    const out = cells([page(item('Forsikring', 50, 715, 10), item('Forsikringssted', 150, 715, 10), item('Sum', 280, 715, 10), item('Egenandel', 370, 715, 10), ...rows)]);
    expect(out.slice(1)).toEqual(new Array(3).fill(['Bygning', 'Industriveien 7, 8294 Hamarøy', '24 500 000', '20 000']));
  });

  it('reads a justified wrapped cell’s last word stretched more than an em away as part of the cell, not a column', () => {
    const street = item('Kanalveien', 140, 700, 10);
    const out = cells([
      page(
        item('Forsikring', 72, 712, 10),
        item('Forsikringssted', 140, 712, 10),
        item('Forsikringssum', 232, 712, 10),
        item('Næringsbygg', 72, 700, 10),
        street,
        item('8,', 209, 700, 10),
        item('kr 27 400 000', 232, 700, 10),
        item('5068 Bergen', 140, 688, 10),
      ),
    ]);
    expect(out.at(-1)).toEqual(['Næringsbygg', 'Kanalveien 8, 5068 Bergen', 'kr 27 400 000']);
    // a word with room for the next line's first word beside it is a cell of its own
    const label = cells([page(item('Kunde', 50, 700, 10), item('Hamarøy', 200, 700, 10), item('Side', 50, 688, 10))]);
    expect(label[0]).toEqual(['Kunde', 'Hamarøy']);
  });

  it('splits a header row at a narrow gap over a column edge the rows show (a right-aligned header set close to the next)', () => {
    // LibreOffice: «Sum 2024» ends 3,5 points before «Egenandel», both over right-aligned amounts
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ ...item(str, x, y), width });
    const row = (y: number, name: string, a: string, b: string, c: string, d: string) => [
      at(name, 64, y, 50),
      at(a, 322.1 - 45, y, 45),
      at(b, 372.4 - 45, y, 45),
      at(c, 421.4 - 27.5, y, 27.5),
      at(d, 479.3 - 27.5, y, 27.5),
    ];
    const header: [string, number, number][] = [
      ['Forsikring', 64, 44],
      ['Sum 2023', 280.1, 42],
      ['Sum 2024', 330.4, 42],
      ['Egenandel', 375.9, 45.5],
      ['Premie 2023', 426.8, 52.5],
    ];
    const out = cells([
      page(
        ...header.map(([str, x, width]) => at(str, x, 679.1, width)),
        ...row(665.7, 'Næringsbygg', '24 500 000', '26 950 000', '20 000', '38 120'),
        ...row(652.4, 'Maskiner', '16 200 000', '16 750 000', '20 000', '19 880'),
        ...row(639, 'Varer', '13 000 000', '13 000 000', '20 000', '14 410'),
      ),
    ]);
    expect(out[0]).toEqual(['Forsikring', 'Sum 2023', 'Sum 2024', 'Egenandel', 'Premie 2023']);
  });

  it('splits a right-aligned column from a left-aligned one set a cell padding (3 points) apart, as the rows show', () => {
    // LibreOffice's items as they are (x, width) for «Forsikring | Forsikringssum | Indeksregulering |
    // Egenandel | Pris» over «Næringsbygg | kr 14 800 000 | Byggekost | kr 20 000 | kr 18 350»: the
    // sums end at 195 and the index classes start at 198, closer than a cell gap
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ ...item(str, x, y), width });
    const rows: [string, number, number][][] = [
      [['Forsikring', 64, 44], ['Forsikringssum', 127.5, 67.5], ['Indeksregulering', 198, 72.4], ['Egenandel', 274.5, 45.5], ['Pris', 345.3, 17]],
      [['Næringsbygg', 64, 53.5], ['kr 14 800 000', 140, 55], ['Byggekost', 198, 42], ['kr 20 000', 282.5, 37.5], ['kr 18 350', 324.7, 37.5]],
      [['Driftstap', 64, 33.5], ['kr 6 000 000', 145, 50], ['Nei', 198, 13.5], ['kr 20 000', 282.5, 37.5], ['kr 4 120', 329.7, 32.5]],
      [['Bedriftsansvar', 64, 57.5], ['kr 10 000 000', 140, 55], ['Nei', 198, 13.5], ['kr 10 000', 282.5, 37.5], ['kr 3 480', 329.7, 32.5]],
    ];
    const out = cells([page(...rows.flatMap((r, n) => r.map(([str, x, width]) => at(str, x, 607.8 - 13.4 * n, width))))]);
    expect(out).toEqual([
      ['Forsikring', 'Forsikringssum', 'Indeksregulering', 'Egenandel', 'Pris'],
      ['Næringsbygg', 'kr 14 800 000', 'Byggekost', 'kr 20 000', 'kr 18 350'],
      ['Driftstap', 'kr 6 000 000', 'Nei', 'kr 20 000', 'kr 4 120'],
      ['Bedriftsansvar', 'kr 10 000 000', 'Nei', 'kr 10 000', 'kr 3 480'],
    ]);
  });

  it('keeps an empty first cell empty in a five-column table set with narrow padding', () => {
    // «Næringsbygg | Verkstedbygg, Industrivegen 12 | kr 9 400 000 | Byggekost | kr 12 640», then
    // «| Lagerhall, Industrivegen 14 | …» and the site huts «| Brakkerigg | kr 850 000 | KPI | kr 1 420»
    // under «Løsøre»: the index class stays in its column, the empty product cell empty
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ ...item(str, x, y), width });
    const rows: [string, number, number][][] = [
      [['Forsikring', 64, 44], ['Objekt', 128, 28], ['Forsikringssum', 262, 67.5], ['Indeksregulering', 332.5, 72.4], ['Pris', 440, 17]],
      [['Næringsbygg', 64, 53.5], ['Verkstedbygg, Industrivegen 12', 128, 130], ['kr 9 400 000', 279.5, 50], ['Byggekost', 332.5, 42], ['kr 12 640', 419.5, 37.5]],
      [['Lagerhall, Industrivegen 14', 128, 115], ['kr 4 100 000', 279.5, 50], ['Byggekost', 332.5, 42], ['kr 5 980', 424.5, 32.5]],
      [['Løsøre', 64, 28], ['Maskiner og inventar', 128, 84], ['kr 2 600 000', 279.5, 50], ['KPI', 332.5, 15], ['kr 3 150', 424.5, 32.5]],
      [['Brakkerigg', 128, 42], ['kr 850 000', 288.5, 41], ['KPI', 332.5, 15], ['kr 1 420', 424.5, 32.5]],
    ];
    const out = cells([page(...rows.flatMap((r, n) => r.map(([str, x, width]) => at(str, x, 600 - 13.4 * n, width))))]);
    expect(out.slice(1)).toEqual([
      ['Næringsbygg', 'Verkstedbygg, Industrivegen 12', 'kr 9 400 000', 'Byggekost', 'kr 12 640'],
      ['', 'Lagerhall, Industrivegen 14', 'kr 4 100 000', 'Byggekost', 'kr 5 980'],
      ['Løsøre', 'Maskiner og inventar', 'kr 2 600 000', 'KPI', 'kr 3 150'],
      ['', 'Brakkerigg', 'kr 850 000', 'KPI', 'kr 1 420'],
    ]);
  });

  it('keeps items closer than a cell gap in one cell where no columns show: a space, or the same words split alike', () => {
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ ...item(str, x, y), width });
    // (lines set apart as paragraphs: 24 points)
    // the same words on three lines, each an item of its own 3 points apart: no column's texts
    const same = cells([page(...[700, 676, 652].flatMap((y) => [at('Egenandel', 64, y, 40), at('kr 20 000', 107, y, 37.5)]))]);
    expect(same).toEqual([['Egenandel kr 20 000'], ['Egenandel kr 20 000'], ['Egenandel kr 20 000']]);
    // right-aligned texts over left-aligned ones, a space (2,5 points: 0,28 em) apart
    const words: [string, number, string, number][] = [
      ['Egenandel', 40, 'er kr 20 000', 50],
      ['Premie', 27, 'kr 18 350 i år', 58],
      ['Sum', 17, 'er uendret', 42],
    ];
    const space = cells([page(...words.flatMap(([a, wa, b, wb], n) => [at(a, 104 - wa, 700 - 24 * n, wa), at(b, 106.5, 700 - 24 * n, wb)]))]);
    expect(space).toEqual(words.map(([a, , b]) => [`${a} ${b}`]));
  });

  it('splits a header row set as a table of its own over rows in other columns, a group title between', () => {
    // LibreOffice sizes each table by its content: «Forsikring  Forsikringssum  Egenandel  Årspremie»
    // (items 5 to 6 points apart), «Forsikringssted: Storgata 41, 3611 Kongsberg», then the rows
    const at = (str: string, x: number, y: number, width: number, size = S): TextItem => ({ ...item(str, x, y, size), width });
    const header = [at('Forsikring', 64, 583.1, 39.5), at('Forsikringssum', 108.5, 583.1, 61), at('Egenandel', 174.7, 583.1, 43), at('Årspremie', 223.7, 583.1, 41)];
    const group = at('Forsikringssted: Storgata 41, 3611 Kongsberg', 62.5, 570.3, 203.7, 10);
    const rows = [
      [at('Næringsbygg', 64, 553.7, 53.5), at('38 600 000', 126, 553.7, 45), at('25 000', 176, 553.7, 27.5), at('41 280', 208.5, 553.7, 27.5)],
      [at('Husleietap', 64, 540.3, 42.5), at('3 200 000', 131, 540.3, 40), at('25 000', 176, 540.3, 27.5), at('2 940', 213.5, 540.3, 22.5)],
    ];
    // (the next group's table, its columns further right)
    const next = [
      at('Forsikringssted: Industrivegen 9, 3616 Kongsberg', 62.5, 527.5, 220.3, 10),
      ...[at('Næringsbygg', 64, 510.9, 53.5), at('21 900 000', 156, 510.9, 45), at('25 000', 206, 510.9, 27.5), at('27 115', 238.5, 510.9, 27.5)],
      ...[at('Maskiner og inventar', 64, 497.6, 83.6), at('4 500 000', 161, 497.6, 40), at('25 000', 206, 497.6, 27.5), at('6 380', 243.5, 497.6, 22.5)],
    ];
    const out = cells([page(...header, group, ...rows.flat(), ...next)]);
    expect(out[0]).toEqual(['Forsikring', 'Forsikringssum', 'Egenandel', 'Årspremie']);
    expect(out.slice(5, 7)).toEqual([
      ['Næringsbygg', '21 900 000', '25 000', '27 115'],
      ['Maskiner og inventar', '4 500 000', '25 000', '6 380'],
    ]);
    // words as far apart over a table of another number of columns stay one line of text
    const other = cells([page(...header, group, ...rows.map((r) => r.slice(0, 3)).flat(), ...next)]);
    expect(other[0]).toEqual(['Forsikring Forsikringssum Egenandel Årspremie']);
  });

  it('leaves out a Markdown table’s separator row printed as text, so that it is not joined to the row below', () => {
    const row = (y: number, ...texts: string[]) => texts.map((t, k) => item(t, 50 + k * 110, y));
    const out = cells([
      page(
        ...row(720, 'Forsikring', 'Vilkår', 'Forsikringssum', 'Egenandel'),
        ...row(709, '---', '---', '---', '---'),
        ...row(698, 'Næringsbygg', 'NB-2024', '52 000 000', '15 000'),
        ...row(687, 'Bedriftsansvar', 'BA-2023', '10 000 000', '10 000'),
        item('-----', 50, 650),
      ),
    ]);
    expect(out).toEqual([
      ['Forsikring', 'Vilkår', 'Forsikringssum', 'Egenandel'],
      ['Næringsbygg', 'NB-2024', '52 000 000', '15 000'],
      ['Bedriftsansvar', 'BA-2023', '10 000 000', '10 000'],
      ['-----'],
    ]);
  });

  it('does not split running text at a word that happens to start at a column', () => {
    const words = item('Forsikringen gjelder', 50, 650);
    const out = cells([
      page(
        item('Dekning', 50, 720),
        item('Sum', right(words) + 6, 720),
        item('Ménerstatning', 50, 700),
        item('4,5 G', right(words) + 6, 700),
        item('Et avsnitt med mange ord som går helt ut til høyre marg, slik at kanten er kjent.', 50, 600),
        words,
        item('også i utlandet.', right(words) + 6, 650),
      ),
    ]);
    expect(out).toContainEqual(['Forsikringen gjelder også i utlandet.']);
  });

  it('joins a word hyphenated at the line end, and keeps hard hyphens and dashes', () => {
    const l1 = 'Premien for naturskade beregnes av brannforsikringssummen, og for ting i kjøle-';
    const head = l1.slice(0, 60);
    const joined = (a: string, b: string) => cells([page(item(`${head} ${a}`, 50, 700), item(b, 50, 689), item(`${head} ${a}`, 50, 600))])[0]![0];
    expect(joined('brannfor-', 'sikringssummen § 3-2.')).toBe(`${head} brannforsikringssummen § 3-2.`);
    expect(joined('kjøle-', 'og fryserom')).toBe(`${head} kjøle- og fryserom`);
    expect(joined('IT-', 'utstyr')).toBe(`${head} IT-utstyr`);
    expect(joined('inntil 22-', '30 G')).toBe(`${head} inntil 22-30 G`);
    expect(joined('Yrkesskade/-', 'sykdom')).toBe(`${head} Yrkesskade/-sykdom`);
    expect(joined('Kr 10 000 -', 'per skade')).toBe(`${head} Kr 10 000 - per skade`);
    expect(joined('kr 10.000,-', 'per skade')).toBe(`${head} kr 10.000,- per skade`);
    expect(joined('tyveri/', 'ran')).toBe(`${head} tyveri/ran`);
    expect(joined('tak-over-', 'tak')).toBe(`${head} tak-over-tak`);
    expect(joined('tak-', 'over-tak')).toBe(`${head} tak-over-tak`);
    // a compound name hyphenated by groff in a narrow cell («AB 12345 Mercedes-Benz Sprinter», docs/fremtind-oversikt-motor-blandet-2025)
    expect(joined('AB 12345 Mer-', 'cedes-Benz Sprinter')).toBe(`${head} AB 12345 Mercedes-Benz Sprinter`);
    expect(joined('reparasjons-/gjenoppbygnings-', 'perioden.')).toBe(`${head} reparasjons-/gjenoppbygningsperioden.`);
    expect(joined('gra-', 'vings-, sprengings-')).toBe(`${head} gravings-, sprengings-`);
    expect(joined('tobakks-', 'produkter/e-sigarett')).toBe(`${head} tobakksprodukter/e-sigarett`);
    expect(joined('håndverker-/', 'entreprenør-')).toBe(`${head} håndverker-/entreprenør-`);
    expect(joined('naturskade</li></', 'ul>')).toBe(`${head} naturskade</li></ul>`);
    expect(joined('Lag /', 'klubb')).toBe(`${head} Lag / klubb`);
    // a heading in capitals hyphenated by the typesetter
    expect(joined('KOMBINERT YRKESSKADE-', 'FORSIKRING')).toBe(`${head} KOMBINERT YRKESSKADEFORSIKRING`);
    expect(joined('IT-', 'UTSTYR')).toBe(`${head} IT-UTSTYR`);
    expect(joined('BRANN-', 'OG VANNSKADE')).toBe(`${head} BRANN- OG VANNSKADE`);
  });

  it('reads a justified line whose words stand apart wider than an em as one cell, not figures in equal columns', () => {
    // a narrow justified column: «Forsikringen gjelder for bygninger og løsøre på» spread out,
    // every word an item of its own, the spaces all stretched alike
    const words = ['Forsikringen', 'gjelder', 'for', 'bygninger', 'og', 'løsøre', 'på'];
    let x = 50;
    const its = words.map((w) => {
      const it = item(w, x, 700);
      x = right(it) + 11.3;
      return it;
    });
    expect(cells([page(...its)])).toEqual([[words.join(' ')]]);
    // figures right-aligned in equal columns are evenly apart too, but they are cells
    expect(cells([page(item('Bygninger', 50, 700), item('4,1', 300, 700), item('3,6', 350, 700), item('2,9', 400, 700))])).toEqual([['Bygninger', '4,1', '3,6', '2,9']]);
  });

  it('keeps two columns of running text apart, each column’s lines in their own cell, never interleaved', () => {
    // a page set in two columns: the right column's lines are not on the left column's baselines
    // once a paragraph gap shifts one of them
    const L = ['Venstre spalte linje én som er full', 'venstre spalte linje to som er full', 'slutt på avsnittet.', 'Nytt avsnitt i venstre spalte som', 'fortsetter her.'];
    const R = ['Høyre spalte linje én som er helt full', 'høyre spalte linje to som er helt full', 'høyre spalte linje tre som er full', 'høyre spalte linje fire som er full', 'og slutt.'];
    const ly = [700, 688, 676, 658, 646];
    const ry = [700, 688, 676, 664, 652];
    const out = cells([page(...L.map((t, i) => item(t, 50, ly[i]!)), ...R.map((t, i) => item(t, 310, ry[i]!)))]);
    for (const row of out) {
      for (const cell of row) expect(L.some((t) => cell.includes(t)) && R.some((t) => cell.includes(t)), cell).toBe(false);
    }
    const left = out.flatMap((r) => r.filter((c) => L.some((t) => c.includes(t)))).join(' ');
    const rightText = out.flatMap((r) => r.filter((c) => R.some((t) => c.includes(t)))).join(' ');
    expect(left).toBe(L.join(' '));
    expect(rightText).toBe(R.join(' '));
  });

  it('keeps a superscript on its line («m²», a footnote mark)', () => {
    const a = item('Bygningen er 250 m', 50, 700);
    const sup = item('2', right(a) + 0.2, 704.2, 6);
    const b = item('og forsikret til fullverdi', right(sup) + 2.4, 700);
    expect(cells([page(a, sup, b, item('Neste linje', 50, 680))])).toEqual([['Bygningen er 250 m2 og forsikret til fullverdi'], ['Neste linje']]);
  });

  it('drops a table’s header row repeated at the top of the next page, and goes on with the table', () => {
    // (below the page's top margin zone, where a row on two pages would be a running header)
    const header = () => [item('Produkt', 50, 720), item('Egenandel', 300, 720)];
    const p1 = page(...header(), item('Kontorbygg', 50, 700), item('Kr 10 000', 300, 700));
    const p2 = page(...header(), item('Sameie', 50, 700), item('Kr 6 000', 300, 700), item('Etter tabellen', 50, 660));
    expect(cells([p1, p2])).toEqual([['Produkt', 'Egenandel'], ['Kontorbygg', 'Kr 10 000'], ['Sameie', 'Kr 6 000'], ['Etter tabellen']]);
    // the same row at the top of a page after running text is text of its own
    const p3 = page(item('Brødtekst', 50, 700));
    expect(cells([p1, p3, page(...header())])).toEqual([['Produkt', 'Egenandel'], ['Kontorbygg', 'Kr 10 000'], ['Brødtekst'], ['Produkt', 'Egenandel']]);
  });

  it('joins running text set glyph by glyph, as it joins running text set line by line', () => {
    // some producers place every glyph as an item of its own; spaces are gaps, not items
    const glyphs = (text: string, x: number, y: number): TextItem[] => {
      const out: TextItem[] = [];
      for (const ch of text) {
        if (ch !== ' ') out.push(item(ch, x, y));
        x += ch === ' ' ? 0.25 * S : 0.5 * S;
      }
      return out;
    };
    const l1 = 'Premiesatsen for naturskade endres fra 0,07 til 0,08 promille av brannforsikringssummen';
    // the widest line sets the edge 29 points right of l1's end: room for «fra», not for «forsikringen»
    const out = cells([page(...glyphs(l1, 50, 700), ...glyphs('forsikringen fra 01.01.2025.', 50, 689.2), ...glyphs('Neste avsnitt', 50, 670), ...glyphs(`${l1} og mer`, 50, 600))]);
    expect(out.slice(0, 2)).toEqual([[`${l1} forsikringen fra 01.01.2025.`], ['Neste avsnitt']]);
  });

  it('does not take table rows that stand at the same place on two pages for a running header', () => {
    const rows = (n: number) =>
      page(
        item('FORSIKRINGSNUMMER 12345678', 420, 800, 8),
        item('Husleietap i inntil 24 måneder når', 221, 770),
        item('lokalene ikke kan brukes', 221, 759),
        item(n === 2 ? 'offentlig myndighet' : 'annen tekst', 221, 748),
        item(`Tekst ${n}`, 50, 700),
        item(`Side ${n} av 3`, 280, 28, 8),
      );
    const { lines, running } = layoutPages([page(item('FORSIKRINGSNUMMER 12345678', 420, 800, 8), item('Forside', 50, 770), item('Side 1 av 3', 280, 28, 8)), rows(2), rows(3)]);
    expect(running.map((l) => l.text)).toEqual(['FORSIKRINGSNUMMER 12345678', 'Side 1 av 3']);
    expect(lines.filter((l) => l.text.startsWith('Husleietap'))).toHaveLength(2);
  });
});

/** Items of a table row set at the line pitch: `cells` as [text, x, align] (align «r» sets x as the right edge). */
function row(y: number, ...cellsAt: [string, number, ('l' | 'r')?][]): TextItem[] {
  return cellsAt.map(([text, x, align]) => {
    const it = item(text, x, y);
    return align === 'r' ? { ...it, x: x - it.width } : it;
  });
}

describe('schedules laid out as document systems lay them out (rows at the line pitch)', () => {
  const P = 10.8; // the line pitch: a wrapped line and the next row alike
  const header = (y: number) => row(y, ['Forsikring', 50], ['Forsikringssted', 200], ['Forsikringssum', 420, 'r'], ['Egenandel', 490, 'r'], ['Pris', 545, 'r']);

  it('begins a row where its amounts begin; a wrapped product or address goes on with its row', () => {
    let y = 700;
    const items = [
      ...header(y),
      ...row((y -= P), ['Næringsbygg med tilhørende', 50], ['Havnegata 12, 5003', 200], ['kr 38.400.000,-', 420, 'r'], ['kr 15.000,-', 490, 'r'], ['kr 31.250,-', 545, 'r']),
      ...row((y -= P), ['garasje og lager', 50], ['Bergen', 200]),
      ...row((y -= P), ['Havnegata 14, 5003 Bergen', 200], ['kr 21.750.000,-', 420, 'r'], ['kr 15.000,-', 490, 'r'], ['kr 18.900,-', 545, 'r']),
      ...row((y -= P), ['Varer', 50], ['Havnegata 12, 5003 Bergen', 200], ['kr 2.500.000,-', 420, 'r'], ['kr 9.000,-', 490, 'r'], ['kr 2.310,-', 545, 'r']),
      ...row((y -= P), ['Sum', 50], ['kr 52.460,-', 545, 'r']),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Næringsbygg med tilhørende garasje og lager', 'Havnegata 12, 5003 Bergen', 'kr 38.400.000,-', 'kr 15.000,-', 'kr 31.250,-'],
      ['', 'Havnegata 14, 5003 Bergen', 'kr 21.750.000,-', 'kr 15.000,-', 'kr 18.900,-'],
      ['Varer', 'Havnegata 12, 5003 Bergen', 'kr 2.500.000,-', 'kr 9.000,-', 'kr 2.310,-'],
      ['Sum', '', '', '', 'kr 52.460,-'],
    ]);
  });

  it('keeps a cell of two amounts wrapped over two lines in its row, and a product wrapped at «og»', () => {
    const items = [
      ...row(700, ['Produkt', 50], ['Dekning', 150], ['Tidligere', 400, 'r'], ['Ny', 480, 'r']),
      ...row(700 - P, ['Borettslag og', 50], ['Pluss', 150], ['Kr 6 000', 400, 'r'], ['Kr 8 000', 480, 'r']),
      ...row(700 - 2 * P, ['sameie', 50], ['Kr 10 000', 400, 'r'], ['Kr 12 000', 480, 'r']),
      ...row(700 - 3 * P, ['Eiendeler', 50], ['Tyveri', 150], ['Kr 9 000', 400, 'r'], ['Kr 10 000', 480, 'r']),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Produkt', 'Dekning', 'Tidligere', 'Ny'],
      ['Borettslag og sameie', 'Pluss', 'Kr 6 000 Kr 10 000', 'Kr 8 000 Kr 12 000'],
      ['Eiendeler', 'Tyveri', 'Kr 9 000', 'Kr 10 000'],
    ]);
  });

  it('begins a row at whole amounts under whole amounts, though the first column is narrow (KLP, If): never one amount of two', () => {
    // a narrow first column and a narrow address column fail the room test for any next word:
    // only the amounts show the row; «210 300 000» is an amount of its own, not the rest of «96 500 000»
    const items = [
      ...row(700, ['Objekt', 50], ['Adresse', 135], ['Forsikringssum', 330, 'r'], ['Egenandel', 400, 'r']),
      ...row(700 - P, ['Ørland rådhus', 50], ['Rådhusgata 7, 7130 Brekstad', 135], ['96 500 000', 330, 'r'], ['100 000', 400, 'r']),
      ...row(700 - 2 * P, ['Ørland bo- og', 50], ['Kirkeveien 12, 7130 Brekstad', 135], ['210 300 000', 330, 'r'], ['100 000', 400, 'r']),
      ...row(700 - 3 * P, ['behandlingssenter', 50]),
    ];
    expect(cells([page(...items)]).slice(1)).toEqual([
      ['Ørland rådhus', 'Rådhusgata 7, 7130 Brekstad', '96 500 000', '100 000'],
      ['Ørland bo- og behandlingssenter', 'Kirkeveien 12, 7130 Brekstad', '210 300 000', '100 000'],
    ]);
    // every column narrow (If's vehicle list): a figure too small to be grouped is an amount in an amount column
    const vehicles = [
      ...row(700, ['Regnr.', 50], ['Kjøretøy', 102.5], ['Dekning', 232.2], ['Egenandel', 324, 'r'], ['Årspremie', 377, 'r']),
      ...row(700 - P, ['EK 44120', 50], ['Volkswagen Transporter 2021', 102.5], ['Kasko', 232.2], ['8 000', 324, 'r'], ['11 240', 377, 'r']),
      ...row(700 - 2 * P, ['DN 20316', 50], ['Toyota Hilux 2017', 102.5], ['Delkasko', 232.2], ['4 000', 324, 'r'], ['5 410', 377, 'r']),
      ...row(700 - 3 * P, ['ZT 70502', 50], ['Tilhenger Brenderup', 102.5], ['Ansvar', 232.2], ['0', 324, 'r'], ['740', 377, 'r']),
    ];
    expect(cells([page(...vehicles)]).slice(2)).toEqual([
      ['DN 20316', 'Toyota Hilux 2017', 'Delkasko', '4 000', '5 410'],
      ['ZT 70502', 'Tilhenger Brenderup', 'Ansvar', '0', '740'],
    ]);
  });

  it('marks one row under a table whose cells stand off its columns, with no header of its own (Codan): not to be read by position', () => {
    const items = [
      ...row(700, ['Bygning', 50], ['Adresse', 122.8], ['Forsikringssum', 230.7], ['Egenandel', 443, 'r'], ['Årspremie', 496, 'r']),
      ...row(700 - P, ['Boligblokk A–C', 50], ['Sagveien 21, 0459 Oslo', 122.8], ['Fullverdi (premiegrunnlag 284 300 000)', 230.7], ['15 000', 443, 'r'], ['188 640', 496, 'r']),
      ...row(700 - 2 * P, ['Garasjeanlegg', 50], ['Sagveien 23, 0459 Oslo', 122.8], ['Fullverdi (premiegrunnlag 19 750 000)', 230.7], ['15 000', 443, 'r'], ['11 020', 496, 'r']),
      // a paragraph's space below, the empty second cell lost: «5 000 000» at the address, «0» inside it
      ...row(700 - 3.6 * P, ['Styreansvar', 50], ['5 000 000', 121.8], ['0', 173.8], ['2 400', 190.8]),
    ];
    const lines = layoutPages([page(...items)]).lines;
    expect(lines.map((l) => !!l.offColumns)).toEqual([false, false, false, true]);
    expect(lines[3]!.cells).toEqual(['Styreansvar', '5 000 000', '0', '2 400']);
  });

  it('a line of labelled fields side by side is no header row: the rows under it keep their own columns', () => {
    // «Dato: 27.11.2025     Avtaleperiode: 01.01.2026 - 31.12.2026     Avtalenummer: 9100 518» over
    // the customer block and the schedule (a policy system's certificate, rowpitch)
    const items = [
      ...row(742.6, ['Dato: 27.11.2025', 50], ['Avtaleperiode: 01.01.2026 - 31.12.2026', 130.6], ['Avtalenummer: 9100 518', 300]),
      ...row(724.2, ['Kunde:', 50], ['Vefsn', 123.4]),
      ...row(712.7, ['kommune', 123.4]),
      ...row(701.2, ['Kundenummer:', 50], ['200 377', 187.5, 'r']),
      ...row(689.7, ['Org.nr.:', 50], ['945 114 878', 187.5, 'r']),
      ...row(671.3, ['Forsikring', 50], ['Forsikringssted', 137.1], ['Forsikringssum', 274.2], ['Egenandel', 347]),
      ...row(648.3, ['Kommuneeiendom', 50], ['Kirkegata 4, 8657 Mosjøen', 137.1], ['88 400 000', 335, 'r'], ['100 000', 390, 'r']),
      ...row(636.8, ['Kommuneeiendom', 50], ['Kulstadveien 12, 8656 Mosjøen', 137.1], ['121 700 000', 335, 'r'], ['100 000', 390, 'r']),
    ];
    const lines = layoutPages([page(...items)]).lines;
    expect(lines.filter((l) => l.offColumns).map((l) => l.cells)).toEqual([]);
    expect(lines.at(-1)!.cells).toEqual(['Kommuneeiendom', 'Kulstadveien 12, 8656 Mosjøen', '121 700 000', '100 000']);
  });

  it('splits labelled fields set side by side closer than a cell gap (LibreOffice pads cells by 1,5 points)', () => {
    // «Org.nr.: 914 337 208» 3 points from «Hovedforfall: 01.04.2025», «Dato: 27.11.2025» 6 points
    // from «Avtaleperiode: …»: wider than a space, before a label, after a value
    const org = item('Org.nr.:', 64, 700);
    const value = item('914 337 208', 188.4 - 50, 700);
    const due = item('Hovedforfall:', right(value) + 3.1, 700);
    const date = item('01.04.2025', 316.2, 700);
    const dato = item('Dato: 27.11.2025', 64, 680);
    const period = item('Avtaleperiode: 01.01.2026 - 31.12.2026', right(dato) + 6.1, 680);
    const number = item('Avtalenummer: 9100 518', right(period) + 7, 680);
    expect(cells([page(org, value, due, date)])).toEqual([['Org.nr.:', '914 337 208', 'Hovedforfall:', '01.04.2025']]);
    expect(cells([page(dato, period, number)])).toEqual([['Dato: 27.11.2025', 'Avtaleperiode: 01.01.2026 - 31.12.2026', 'Avtalenummer: 9100 518']]);
    // a plain space before a label, or no label before it on the line: one cell
    const a = item('Se vilkårene.', 64, 660);
    const b = item('Merk: egenandelen gjelder per skade.', right(a) + 3.1, 660);
    const c = item('Betaling:', 64, 640);
    const d = item('Merk:', right(c) + 2.2, 640);
    expect(cells([page(a, b)])).toEqual([['Se vilkårene. Merk: egenandelen gjelder per skade.']]);
    expect(cells([page(c, d)])).toEqual([['Betaling: Merk:']]);
  });

  it('a field label right of a wrapped value is a cell of its own, not a stretched word of the value (groff, Chromium)', () => {
    // groff: «Nordvik Trelast AS» 15 points from «Forsikringsnummer:», the next row's «Sagbruksvegen 2,»
    // over «7500 Stjørdal» under the value column
    const items = [
      ...row(731.5, ['Forsikringstaker:', 72], ['Nordvik Trelast AS', 155.1], ['Forsikringsnummer:', 248.6], ['81 552 907', 345.1], ['Utstedt:', 424.9], ['03.06.2025', 502.6]),
      ...row(719.5, ['Adresse:', 72], ['Sagbruksvegen', 155.1], ['2,', 226.1], ['Forsikringsperiode:', 248.6], ['01.07.2025', 345.1], ['-', 406.6], ['Kundenummer:', 424.9], ['1 448 201', 547.6, 'r']),
      ...row(707.5, ['7500 Stjørdal', 155.1], ['30.06.2026', 345.1]),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Forsikringstaker:', 'Nordvik Trelast AS', 'Forsikringsnummer:', '81 552 907', 'Utstedt:', '03.06.2025'],
      ['Adresse:', 'Sagbruksvegen 2, 7500 Stjørdal', 'Forsikringsperiode:', '01.07.2025 - 30.06.2026', 'Kundenummer:', '1 448 201'],
    ]);
  });

  it('joins a label broken before its colon («Forsikringstak» over «er:») and a date broken in its year («03.06.202» over «5»)', () => {
    const items = [
      ...row(761, ['Forsikringstak', 50], ['Nordvik Trelast AS', 122.4], ['Utstedt:', 250.8], ['03.06.202', 504.1]),
      ...row(761 - 11.5, ['er:', 50], ['5', 504.1]),
      ...row(761 - 23, ['Adresse:', 50], ['Sagbruksvegen 2, 7500', 122.4], ['Kundenummer:', 250.8], ['1 448 201', 504.1]),
    ];
    expect(cells([page(...items)])[0]).toEqual(['Forsikringstaker:', 'Nordvik Trelast AS', 'Utstedt:', '03.06.2025']);
  });

  it('a whole amount with its currency after it («6 000 kr») is not the start of an amount broken over two lines', () => {
    const items = [
      // (headers set left, the amounts right-aligned under their right edges, as groff sets them)
      ...row(700, ['Forsikring', 50], ['Dekning', 120], ['Egenandel før', 200], ['Egenandel nå', 280]),
      ...row(700 - P, ['Villa', 50], ['Standard', 120], ['6 000 kr', 256.25, 'r'], ['8 000 kr', 331.75, 'r']),
      ...row(700 - 2 * P, ['Innbo', 50], ['Standard', 120], ['4 000 kr', 256.25, 'r'], ['5 000 kr', 331.75, 'r']),
    ];
    expect(cells([page(...items)]).slice(1)).toEqual([
      ['Villa', 'Standard', '6 000 kr', '8 000 kr'],
      ['Innbo', 'Standard', '4 000 kr', '5 000 kr'],
    ]);
  });

  it('reads a table of G sums under a header broken in its narrow column, a text value among them, row by row', () => {
    const items = [
      ...row(700, ['Dekning', 50], ['Forsikringssu', 194.5]),
      ...row(700 - P, ['m', 194.5]),
      ...row(700 - 2 * P, ['Dødsfall', 50], ['15 G', 194.5]),
      ...row(700 - 3 * P, ['Barnetillegg per barn under 21 år', 50], ['inntil 6,5 G', 194.5]),
      // (a capital after a name that ended whole, and a value of its own where the row above has one)
      ...row(700 - 4 * P, ['Nedtrapping fra 44 til 60 år', 50], ['etter tabell', 194.5]),
    ];
    expect(cells([page(...items)]).slice(1)).toEqual([
      ['Dødsfall', '15 G'],
      ['Barnetillegg per barn under 21 år', 'inntil 6,5 G'],
      ['Nedtrapping fra 44 til 60 år', 'etter tabell'],
    ]);
  });

  it('a G table whose values in words («Individuelt», «etter regning») stand right-aligned among the G sums: each name begins its row (groff)', () => {
    // (a staff page: «Behandlingsutgifter   Individuelt» over «Tannskade   etter regning» under «Uførhet 100 % (gradert)   10 G»)
    const items = [
      ...row(700, ['Dødsfall', 50], ['10 G', 270.5, 'r']),
      ...row(700 - P, ['Uførhet 100 % (gradert)', 50], ['10 G', 270.5, 'r']),
      ...row(700 - 2 * P, ['Behandlingsutgifter', 50], ['Individuelt', 270.5, 'r']),
      ...row(700 - 3 * P, ['Tannskade', 50], ['etter regning', 270.5, 'r']),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Dødsfall', '10 G'],
      ['Uførhet 100 % (gradert)', '10 G'],
      ['Behandlingsutgifter', 'Individuelt'],
      ['Tannskade', 'etter regning'],
    ]);
  });

  it('a G range written with an en dash («22–30 G») is an amount: it begins its row under a value in words («Ménerstatning   etter lov»)', () => {
    const items = [
      ...row(700, ['Ménerstatning', 50], ['etter lov', 174.6]),
      ...row(700 - P, ['Tap i fremtidig erverv', 50], ['22–30 G', 174.6]),
      ...row(700 - 2 * P, ['Dødsfall', 50], ['15 G', 174.6]),
      ...row(700 - 3 * P, ['Begravelseskostnader', 50], ['0,5 G', 174.6]),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Ménerstatning', 'etter lov'],
      ['Tap i fremtidig erverv', '22–30 G'],
      ['Dødsfall', '15 G'],
      ['Begravelseskostnader', '0,5 G'],
    ]);
  });

  it('a premium line under the last G row at the row pitch is a line of its own, not the rest of the name (a narrow first column)', () => {
    // (a staff certificate printed by a policy system: «Begravelseskostnader   0,5 G» over «Premie kr 21 760», then the next section)
    const items = [
      ...row(700, ['Erstatning ved dødsfall', 50], ['15 G', 179.8]),
      ...row(700 - P, ['Begravelseskostnader', 50], ['0,5 G', 179.8]),
      ...row(700 - 2 * P, ['Premie kr 21 760', 50]),
      ...row(700 - 3.6 * P, ['Yrkesskade – tillegg', 50]),
      ...row(700 - 4.6 * P, ['Reise mellom hjem og arbeid', 50], ['15 G', 212]),
      ...row(700 - 5.6 * P, ['Premie kr 3 940', 50]),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Erstatning ved dødsfall', '15 G'],
      ['Begravelseskostnader', '0,5 G'],
      ['Premie kr 21 760'],
      ['Yrkesskade – tillegg'],
      ['Reise mellom hjem og arbeid', '15 G'],
      ['Premie kr 3 940'],
    ]);
  });

  it('keeps the rest of an amount broken at the line end with its row (`Kr 8` over `000`, `Kr 12` over `500`)', () => {
    const items = [
      // (a narrow first column: «Tilbygg» would not have fitted after «Bygning»)
      ...row(700, ['Produkt', 50], ['Sum', 165, 'r'], ['Egenandel', 220, 'r']),
      ...row(700 - P, ['Bygning', 50], ['Kr 8', 165, 'r'], ['Kr 12', 220, 'r']),
      ...row(700 - 2 * P, ['Tilbygg', 50], ['000 000', 165, 'r'], ['500', 220, 'r']),
    ];
    expect(cells([page(...items)]).slice(1)).toEqual([['Bygning Tilbygg', 'Kr 8 000 000', 'Kr 12 500']]);
  });

  it('begins a row at a new product under a row without amounts, in a table whose rows have them on their first line', () => {
    const items = [
      ...row(700, ['Produkt', 50], ['Dekning', 130], ['Tidligere', 400, 'r'], ['Ny', 480, 'r']),
      ...row(700 - P, ['Sameie', 50], ['Standard', 130], ['Kr 5 000', 400, 'r'], ['Kr 7 000', 480, 'r']),
      ...row(700 - 2 * P, ['Sameie', 50], ['Forhøyet egenandel ved vann fra tak.', 130]),
      ...row(700 - 3 * P, ['Utvidet', 50], ['Valgt egenandel økes med kr 5 000.', 130]),
      ...row(700 - 4 * P, ['Eiendeler', 50], ['Utvidet tyveri', 130], ['kr 6.000,-', 400, 'r'], ['kr 9.000,-', 480, 'r']),
      ...row(700 - 5 * P, ['Driftstap', 50], ['Egen egenandel for maskinhavari.', 130]),
    ];
    expect(cells([page(...items)])).toEqual([
      ['Produkt', 'Dekning', 'Tidligere', 'Ny'],
      ['Sameie', 'Standard', 'Kr 5 000', 'Kr 7 000'],
      // (nothing shows that «Utvidet» goes on with «Sameie»: each line is a row, never one of two)
      ['Sameie', 'Forhøyet egenandel ved vann fra tak.', '', ''],
      ['Utvidet', 'Valgt egenandel økes med kr 5 000.', '', ''],
      ['Eiendeler', 'Utvidet tyveri', 'kr 6.000,-', 'kr 9.000,-'],
      ['Driftstap', 'Egen egenandel for maskinhavari.', '', ''],
    ]);
  });

  it('begins a row at a total under the last row, though its amount could be the rest of the amount above', () => {
    const items = [
      // a narrow first column: «Totalpris» would not have fitted after «Styreansvar»
      ...row(700, ['Forsikring', 50], ['Sted', 112], ['Forsikringssum', 420, 'r'], ['Egenandel', 490, 'r'], ['Pris', 545, 'r']),
      ...row(700 - P, ['Bygning', 50], ['Furumovegen 12', 112], ['184 500 000', 420, 'r'], ['20 000', 490, 'r'], ['212 340', 545, 'r']),
      ...row(700 - 2 * P, ['Styreansvar', 50], ['Norge', 112], ['5 000 000', 420, 'r'], ['10 000', 490, 'r'], ['3 900', 545, 'r']),
      ...row(700 - 3 * P, ['Totalpris', 50], ['230 360', 545, 'r']),
    ];
    expect(cells([page(...items)]).slice(2)).toEqual([
      ['Styreansvar', 'Norge', '5 000 000', '10 000', '3 900'],
      ['Totalpris', '', '', '', '230 360'],
    ]);
  });

  it('drops the bold header repeated at the top of the next page, its amounts right-aligned as on the first', () => {
    const p1 = page(...header(720), ...row(720 - P, ['Næringsbygg', 50], ['Havnegata 12', 200], ['kr 38.400.000,-', 420, 'r'], ['kr 15.000,-', 490, 'r'], ['kr 31.250,-', 545, 'r']));
    const p2 = page(...header(720), ...row(720 - P, ['Varer', 50], ['Havnegata 12', 200], ['kr 2.500.000,-', 420, 'r'], ['kr 9.000,-', 490, 'r'], ['kr 2.310,-', 545, 'r']));
    expect(cells([p1, p2]).map((r) => r[0])).toEqual(['Forsikring', 'Næringsbygg', 'Varer']);
  });

  it('begins a row of labels and values where every column starts a new value, though both columns are narrow (Fremtind)', () => {
    const out = cells([
      page(
        ...row(700, ['Forsikringstaker', 50], ['Lykkeglimt Interiør', 136]),
        ...row(700 - P, ['AS', 136]),
        ...row(700 - 2 * P, ['Org.nr.', 50], ['923 401 118', 136]),
        ...row(700 - 3 * P, ['Utstedt', 50], ['09.01.2024', 136]),
        ...row(700 - 4 * P, ['Forsikringsperiode', 50], ['01.02.2024 – 31.01.2025', 136]),
      ),
    ]);
    expect(out).toEqual([
      ['Forsikringstaker', 'Lykkeglimt Interiør AS'],
      ['Org.nr.', '923 401 118'],
      ['Utstedt', '09.01.2024'],
      ['Forsikringsperiode', '01.02.2024 – 31.01.2025'],
    ]);
  });

  it('a date under a cell with a value begins a row: a header block of label | value pairs beside an address', () => {
    const out = cells([
      page(
        ...row(700, ['Forsikringstaker', 50], ['Ole Bakken', 150], ['Polisenr.', 300], ['SB-71 0452', 400]),
        ...row(700 - P, ['Bakkevegen 190', 150], ['Kundenr.', 300], ['31 8874', 400]),
        ...row(700 - 2 * P, ['2770 Jaren', 150], ['Utstedt', 300], ['03.03.2024', 400]),
        ...row(700 - 3 * P, ['Forsikringstid', 300], ['01.04.2024 - 31.03.2025', 400]),
      ),
    ]);
    expect(out.map((r) => r.filter((c) => c !== ''))).toContainEqual(['Forsikringstid', '01.04.2024 - 31.03.2025']);
    expect(out.map((r) => r.filter((c) => c !== ''))).toContainEqual(['2770 Jaren', 'Utstedt', '03.03.2024']);
  });

  it('reads rows of a table of text alone at the line pitch where nothing goes on from the line above', () => {
    const out = cells([
      page(
        ...row(700, ['Yrkesfordeling:', 50], ['212 personer, 188,25 årsverk', 250]),
        ...row(700 - P, ['- Sykepleier:', 50], ['140 personer, 121,75 årsverk', 250]),
        ...row(700 - 2 * P, ['- Kontor:', 50], ['72 personer, 66,50 årsverk', 250]),
      ),
    ]);
    expect(out).toEqual([
      ['Yrkesfordeling:', '212 personer, 188,25 årsverk'],
      ['- Sykepleier:', '140 personer, 121,75 årsverk'],
      ['- Kontor:', '72 personer, 66,50 årsverk'],
    ]);
  });

  it('marks a row that took in a line with nothing to show it belongs there (rows may be uncertain), and asks for the rules', () => {
    const out = layoutPages([
      page(
        ...row(700, ['', 50], ['Dekkes', 200], ['Dekkes ikke', 380]),
        ...row(700 - P, ['Hva er forsikret?', 50], ['Bygning med faste innredninger og', 200], ['Setninger og jordtrykk', 380]),
        ...row(700 - 2 * P, ['Hvor gjelder', 50], ['tekniske anlegg', 200]),
        ...row(700 - 3 * P, ['forsikringen?', 50], ['På forsikringsstedet', 200], ['Ting på byggeplass', 380]),
      ),
    ]);
    expect(out.lines.some((l) => l.rowsUncertain)).toBe(true);
    expect(out.wantRules).toEqual([1]);
  });

  it('begins a row where a rule is drawn between two lines, and keeps lines without one in their row', () => {
    const lines = [
      ...row(700, ['Hva er forsikret?', 50], ['Bygning med faste innredninger og', 200]),
      ...row(700 - P, ['Bygninger', 50], ['tekniske anlegg', 200]),
      ...row(700 - 2 * P, ['Hvor gjelder', 50], ['På forsikringsstedet', 200]),
    ];
    const ruled = (ys: number[]) => [{ ...page(...lines), rules: ys.map((y) => ({ x0: 50, x1: 545, y })) }];
    // a rule under the first row only, and one under the second: rows at the rules
    expect(cells(ruled([700 - 2 * P + 6, 700 + 8]))).toEqual([
      ['Hva er forsikret? Bygninger', 'Bygning med faste innredninger og tekniske anlegg'],
      ['Hvor gjelder', 'På forsikringsstedet'],
    ]);
    expect(cells(ruled([700 - P + 6, 700 - 2 * P + 6]))).toEqual([
      ['Hva er forsikret?', 'Bygning med faste innredninger og'],
      ['Bygninger', 'tekniske anlegg'],
      ['Hvor gjelder', 'På forsikringsstedet'],
    ]);
  });

  it('joins a word broken between letters in a narrow column, not a word wrapped at a space', () => {
    const out = cells([
      page(
        ...row(700, ['Forsikring', 50], ['Forsikringssu', 200], ['Dekkes', 300], ['Pris', 420]),
        ...row(700 - P, ['m', 200], ['ikke', 300]),
        ...row(700 - 2 * P, ['Næringsbygg', 50], ['kr 96 000 000', 200], ['Brann', 300], ['kr 61 300', 420]),
        ...row(700 - 3 * P, ['Ansvar', 50], ['kr 20 000 000', 200], ['Alt', 300], ['kr 8 850', 420]),
      ),
    ]);
    expect(out[0]).toEqual(['Forsikring', 'Forsikringssum', 'Dekkes ikke', 'Pris']);
  });

  it('reads a header row of content-wide columns a constant gutter apart as cells, not as a justified line', () => {
    const words = ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie kr'];
    let x = 50;
    const head = words.map((w) => {
      const it = item(w, x, 700);
      x += it.width + 12;
      return it;
    });
    const body = head.map((h, k) => item(['Ansvar', 'Norden', 'kr 20 000 000', 'kr 25 000', 'kr 8 850'][k]!, h.x, 700 - P));
    const body2 = head.map((h, k) => item(['Næringsbygg', 'Sandnes', 'kr 41 500 000', 'kr 50 000', 'kr 27 420'][k]!, h.x, 700 - 2 * P));
    expect(cells([page(...head, ...body, ...body2)])[0]).toEqual(words);
  });
});

describe('pages in two columns of running text', () => {
  it('reads the left column, then the right, each paragraph a line of its own', () => {
    // two columns of justified text on one page, each with paragraph gaps of its own (off the
    // other column's baselines)
    const L = 'Forsikringen gjelder for bygninger og løsøre på stedet nevnt';
    const R = 'Skade som skyldes setninger, jordtrykk eller svikt i grunnen er';
    const left = [item(L, 50, 700), item('i forsikringsbeviset og for ting som er midlertidig', 50, 689.2), item(L, 50, 678.4), item('borte fra stedet.', 50, 667.6), item(L, 50, 650.5), item('i forsikringsbeviset og for ting.', 50, 639.7)];
    const right = [item(R, 320, 700), item('ikke dekket av forsikringen, og heller ikke skade som er en', 320, 689.2), item('følge av råte og sopp.', 320, 678.4), item(R, 320, 661.3), item('ikke dekket av forsikringen.', 320, 650.5), item(R, 320, 639.7), item('ikke dekket.', 320, 628.9)];
    const out = cells([page(...left, ...right)]);
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual([`${L} i forsikringsbeviset og for ting som er midlertidig ${L} borte fra stedet.`]);
    expect(out[1]).toEqual([`${L} i forsikringsbeviset og for ting.`]);
    expect(out[2]![0]).toMatch(/^Skade som skyldes .* følge av råte og sopp\.$/);
  });
});

describe('a vehicle list set by a word processor (LibreOffice, narrow padding)', () => {
  // «Kjøretøy» and «Maskiner»: rows whose amounts carry their labels («egenandel 6 000», «premie 620»)
  const at = (str: string, x: number, y: number) => item(str, x, y);

  it('reads a table of one row whose cells stand 5 to 7 points apart, its amounts labelled, as its cells', () => {
    const items = [at('Arbeidsmaskin', 64, 511.5), at('Gravemaskin Kubota KX060-5 2022', 128.7, 511.5)];
    items.push(at('sum 880 000', right(items[1]!) + 6.9, 511.5));
    items.push(at('egenandel 10 000', right(items[2]!) + 5.3, 511.5));
    items.push(at('premie 9 140', right(items[3]!) + 6.9, 511.5));
    expect(cells([page(at('Maskiner', 62.5, 528.1), ...items)])).toEqual([
      ['Maskiner'],
      ['Arbeidsmaskin', 'Gravemaskin Kubota KX060-5 2022', 'sum 880 000', 'egenandel 10 000', 'premie 9 140'],
    ]);
  });

  it('begins a row at a small premium after its label («premie 620» under «premie 3 280»)', () => {
    // LibreOffice's items as they are (x, width): the table's first and coverage columns run on
    // without room for the next row's first words, so only the premium shows the row is new
    const w = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, width, size: S });
    const items = [
      w('Bilforsikring EV 31852 Volkswagen ID. Buzz Cargo 2023', 64, 597.9, 237.9),
      w('Kasko', 306.5, 597.9, 27),
      w('egenandel 6 000', 348.7, 597.9, 69.5),
      w('premie 7 450', 422.5, 597.9, 54.5),
      w('Bilforsikring EB 90412 Ford Transit Custom 2020', 64, 584.5, 195.5),
      w('Kasko', 306.5, 584.5, 25),
      w('egenandel 6 000', 348.7, 584.5, 67.1),
      w('premie 6 910', 422.5, 584.5, 52.5),
      w('Bilforsikring BR 27736 Toyota Proace 2016', 64, 571.1, 172.6),
      w('Delkasko', 306.5, 571.1, 37),
      w('egenandel 4 000', 348.7, 571.1, 67.1),
      w('premie 3 280', 422.5, 571.1, 52.5),
      w('Tilhengerforsikring JF 1043 Brenderup 2260 S', 64, 557.7, 184.7),
      w('Ansvar', 306.5, 557.7, 28),
      w('premie 620', 422.5, 557.7, 45),
    ];
    const out = cells([page(...items)]);
    expect(out).toHaveLength(4);
    expect(out.at(-1)!.filter(Boolean)).toEqual(['Tilhengerforsikring JF 1043 Brenderup 2260 S', 'Ansvar', 'premie 620']);
  });
});

describe('a word broken inside a narrow cell', () => {
  it('joins a rest without a vowel («Driftsbygni» over «ng») though a wider block above sets the column wider', () => {
    // two blocks of fields one under the other, each as wide as its own text (a policy system's
    // product block): «Landbruksansv» over «ar» in the first, «Driftsbygni» over «ng» in the second
    const w = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, width, size: S });
    const items = [
      w('Produkt:', 50, 641.4, 36.8),
      w('Landbruksansv', 129.5, 641.4, 66.5),
      w('ar', 129.5, 629.9, 8.5),
      w('Egenandel i dag:', 50, 618.4, 67.5),
      w('kr 5 000', 166, 618.4, 32.5),
      w('Ny egenandel:', 50, 606.9, 58),
      w('kr 10 000', 161, 606.9, 37.5),
      w('Produkt:', 50, 588.5, 36.8),
      w('Driftsbygni', 129.5, 588.5, 47.3),
      w('ng', 129.5, 577, 11),
      w('Egenandel i dag:', 50, 565.5, 67.5),
      w('kr 8 000', 149.5, 565.5, 32.5),
    ];
    const out = cells([page(...items)]).map((c) => c.filter(Boolean));
    expect(out).toContainEqual(['Produkt:', 'Driftsbygning']);
    expect(out).toContainEqual(['Produkt:', 'Landbruksansvar']);
  });
});

describe('LibreOffice tables of deductible changes', () => {
  const w = (str: string, x: number, y: number, width: number, size = S): TextItem => ({ str, x, y, width, size });

  it('reads a header wrapped in a right-aligned column as its words («Egenandel» over «nå»), not as a broken word', () => {
    // «Dekning | Egenandel nå | Egenandel fra 1.1.2026» over coverages named at length: the figure
    // column is as wide as «Egenandel», so the header's first line fills it as a broken word's would
    const items = [
      w('Dekning', 64, 486.3, 35.5),
      w('Egenandel', 391.4, 486.3, 45.5),
      w('nå', 426.4, 476, 10.5),
      w('Egenandel fra 1.1.2026', 440.2, 486.3, 97),
      w('Brann, også skade på fasade, skilt og utvendige installasjoner på bygningen', 64, 462.6, 303.3),
      w('kr 10 000', 399.4, 462.6, 37.5),
      w('kr 15 000', 499.7, 462.6, 37.5),
      w('Innbrudd og tyveri', 64, 449.3, 72.1),
      w('kr 6 000', 404.4, 449.3, 32.5),
      w('kr 8 000', 504.7, 449.3, 32.5),
    ];
    expect(cells([page(...items)])[0]).toEqual(['Dekning', 'Egenandel nå', 'Egenandel fra 1.1.2026']);
  });

  it('splits a first column 5 points from the next where that table\'s rows start it, though a table further down has a cell across the gap', () => {
    // «Bedriftsansvar Produktansvar | 5 000 | 10 000»: the widest product set its column's padding
    // apart from the coverage; «Ansvar for ting i varetekt» of a table under a heading runs across
    const items = [
      w('Produkt', 64, 554.4, 34),
      w('Dekning', 126.5, 554.4, 35.5),
      w('Egenandel nå', 376.7, 554.4, 58.4),
      w('Egenandel fra 1.1.2026', 439.7, 554.4, 97),
      w('Næringsbygg', 64, 541, 53.5),
      w('Brann og annen skade på bygning inklusive tekniske anlegg', 126.5, 541, 239.2),
      w('10 000', 407.7, 541, 27.5),
      w('15 000', 509.2, 541, 27.5),
      w('Næringsbygg', 64, 527.7, 53.5),
      w('Vannskade', 126.5, 527.7, 45),
      w('10 000', 407.7, 527.7, 27.5),
      w('20 000', 509.2, 527.7, 27.5),
      w('Bedriftsansvar', 64, 514.3, 57.5),
      w('Produktansvar', 126.5, 514.3, 58),
      w('5 000', 412.7, 514.3, 22.5),
      w('10 000', 509.2, 514.3, 27.5),
      w('Bedriftsansvar', 62.5, 485.5, 63.8, 10),
      w('Dekning', 64, 468.1, 35.5),
      w('Egenandel nå', 166.5, 468.1, 58.4),
      w('Egenandel fra 1.1.2026', 230.2, 468.1, 97),
      w('Produktansvar', 64, 454.7, 58),
      w('kr 5 000', 192.5, 454.7, 32.5),
      w('kr 10 000', 289.7, 454.7, 37.5),
      w('Ansvar for ting i varetekt', 64, 441.3, 97),
      w('kr 5 000', 192.5, 441.3, 32.5),
      w('kr 7 500', 294.7, 441.3, 32.5),
    ];
    expect(cells([page(...items)])).toContainEqual(['Bedriftsansvar', 'Produktansvar', '5 000', '10 000']);
  });
});

describe('a name set close to a right-aligned sum (LibreOffice)', () => {
  const w = (str: string, x: number, y: number, width: number, size = S): TextItem => ({ str, x, y, width, size });

  it('splits a name 7,5 points from a sum that ends where the other rows\' sums end, with no header row to show the column', () => {
    const items = [
      w('Næringsbygg, Strandgata 12', 64, 700, 110),
      w('kr 24 600 000', 190, 700, 55),
      w('kr 20 000', 268.5, 700, 37.5),
      w('Driftsavbrudd med 12 mnd ansvarstid', 64, 686.6, 123.5),
      w('kr 6 350 000', 195, 686.6, 50),
      w('kr 10 000', 268.5, 686.6, 37.5),
      w('Varer', 64, 673.2, 22),
      w('kr 950 000', 202.5, 673.2, 42.5),
      w('kr 10 000', 268.5, 673.2, 37.5),
      w('Ansvar', 64, 659.8, 28),
      w('kr 10 000 000', 190, 659.8, 55),
      w('kr 10 000', 268.5, 659.8, 37.5),
    ];
    expect(cells([page(...items)])[1]).toEqual(['Driftsavbrudd med 12 mnd ansvarstid', 'kr 6 350 000', 'kr 10 000']);
  });

  it('keeps «kr» with its figures though they end where the other rows\' sums end', () => {
    const items = [
      w('Bygning', 64, 700, 33),
      w('kr 24 600 000', 190, 700, 55),
      w('kr 20 000', 268.5, 700, 37.5),
      w('Innbo', 64, 686.6, 24),
      w('kr', 195, 686.6, 8.5),
      w('6 350 000', 207.5, 686.6, 37.5),
      w('kr 10 000', 268.5, 686.6, 37.5),
      w('Ansvar', 64, 673.2, 28),
      w('kr 10 000 000', 190, 673.2, 55),
      w('kr 10 000', 268.5, 673.2, 37.5),
    ];
    expect(cells([page(...items)])[1]).toEqual(['Innbo', 'kr 6 350 000', 'kr 10 000']);
  });
});

describe('groff text blocks: a wrapped cell justified to its block', () => {
  const w = (str: string, x: number, y: number, width: number, size = 10): TextItem => ({ str, x, y, width, size });

  it('does not take lines far from a row for its block: a running head that ends where a row\'s second cell does', () => {
    // groff's two-page certificate on one sheet: «Bedriftspakke for Hagen Mekaniske» over each page ends at x 228,2,
    // where «Verkstedvegen» of each row ends (justified in its text block) — the rows' «Bygning» and «Verkstedvegen»
    // are two columns' cells, not a block's words
    const head = (y: number) => [w('Bedriftspakke for Hagen Mekaniske', 77, y, 151.2), w('Side 1 av 2', 243.2, y, 44.5)];
    const row = (y: number) => [
      w('Bygning', 77, y, 34.5),
      w('Brann og vann', 250.6, y, 58.6),
      w('14 500 000', 349.9, y, 45),
      w('15 000', 427.4, y, 27.5),
      w('18 260', 472.8, y, 27.5),
      w('Verkstedvegen', 169.2, y, 58.6),
      w('2,', 169.2, y - 12, 7.5),
      w('7080', 183.4, y - 12, 20),
      w('Heim-', 210.1, y - 12, 25.6),
      w('dal', 169.2, y - 24, 12.2),
    ];
    const header = [w('Produkt', 77, 618.7, 35.4), w('Forsikringssted', 169.2, 618.7, 66.4), w('Dekning', 250.6, 618.7, 36.1), w('Sum', 375.5, 618.7, 19.5), w('Egenandel', 409.9, 618.7, 45), w('Premie', 469.9, 618.7, 30.4)];
    const items = [...head(741.9), ...header, ...row(604.7), ...row(566.7), ...head(378.7)];
    const out = layoutPages([{ height: 842, items }]).lines.map((l) => l.cells);
    expect(out.find((c) => c[0]!.startsWith('Bygning'))!.slice(0, 2)).toEqual(['Bygning', 'Verkstedvegen 2, 7080 Heimdal']);
  });

  it('reads the words of a line stretched across the block as one cell, though another row stretches them alike («Alle     ansatte     med»)', () => {
    // tbl's «T{ … T}» blocks in two narrow columns: every line but the last ends at the block's
    // edge; two rows whose «Hvem er forsikret» reads the same stretch it the same, word for word
    const items = [
      w('Produkt', 72, 643.9, 35.4),
      w('Dekning', 138.8, 643.9, 36.1),
      w('Hvem er forsikret', 229.4, 643.9, 76.1),
      w('Forsikringssum', 320.6, 643.9, 67.0),
      w('Premie', 410.5, 643.9, 30.4),
      w('Yrkesskade', 72, 629.9, 46.6),
      w('Etter lov', 320.6, 629.9, 34.6),
      w('kr 14 220', 402.5, 629.9, 38.3),
      w('Ménerstatning', 138.8, 629.9, 57.8),
      w('et-', 203.9, 629.9, 10.6),
      w('ter', 138.8, 617.9, 10.6),
      w('lov', 169.2, 617.9, 12.6),
      w('om', 201.7, 617.9, 12.8),
      w('yrkesskadefor-', 138.8, 605.9, 59.1),
      w('sikring', 138.8, 593.9, 27.8),
      w('med', 197.2, 593.9, 17.2),
      w('tilhørende', 138.8, 581.9, 40.5),
      w('stan-', 195, 581.9, 19.4),
      w('dardiserte', 138.8, 569.9, 39.4),
      w('erstat-', 189.5, 569.9, 25.0),
      w('ningsregler', 138.8, 557.9, 44.8),
      w('Alle ansatte i fast', 229.4, 629.9, 76.1),
      w('og', 229.4, 617.9, 10.0),
      w('midlertidig', 261.1, 617.9, 44.5),
      w('stilling', 229.4, 605.9, 27.8),
      w('hos', 267.1, 605.9, 13.9),
      w('for-', 290.8, 605.9, 14.8),
      w('sikringstaker', 229.4, 593.9, 51.6),
      w('Yrkesskade', 72, 545.9, 46.6),
      w('Individuelt', 320.6, 545.9, 43.6),
      w('kr 3 400', 407.5, 545.9, 33.3),
      w('Påførte', 138.8, 545.9, 28.7),
      w('merut-', 187.8, 545.9, 26.7),
      w('gifter og tapt in-', 138.8, 533.9, 75.6),
      w('ntekt', 138.8, 521.9, 20.0),
      w('frem', 173, 521.9, 18.9),
      w('til', 206.1, 521.9, 8.3),
      w('oppgjørstidspunk-', 138.8, 509.9, 72.8),
      w('tet etter lovens re-', 138.8, 497.9, 75.6),
      w('gler', 138.8, 485.9, 15.6),
      w('Alle ansatte i fast', 229.4, 545.9, 76.1),
      w('og', 229.4, 533.9, 10.0),
      w('midlertidig', 261.1, 533.9, 44.5),
      w('stilling', 229.4, 521.9, 27.8),
      w('hos', 267.1, 521.9, 13.9),
      w('for-', 290.8, 521.9, 14.8),
      w('sikringstaker', 229.4, 509.9, 51.6),
      w('Gruppeliv', 72, 473.9, 40.3),
      w('10 G', 320.6, 473.9, 19.7),
      w('kr 8 950', 407.5, 473.9, 33.3),
      w('Dødsfall med bar-', 138.8, 473.9, 75.6),
      w('netillegg for hvert', 138.8, 461.9, 75.6),
      w('barn under 21 år', 138.8, 449.9, 75.6),
      w('som', 138.8, 437.9, 16.7),
      w('forsørges', 161.8, 437.9, 37.0),
      w('av', 205.2, 437.9, 9.2),
      w('den forsikrede', 138.8, 425.9, 57.5),
      w('Alle', 229.4, 473.9, 17.2),
      w('ansatte', 253.6, 473.9, 27.8),
      w('med', 288.3, 473.9, 17.2),
      w('minst', 229.4, 461.9, 22.2),
      w('20', 258.9, 461.9, 10.0),
      w('prosent', 276.1, 461.9, 29.4),
      w('stilling', 229.4, 449.9, 27.8),
      w('og', 269.2, 449.9, 10.0),
      w('fast', 291.2, 449.9, 14.3),
      w('ansettelse', 229.4, 437.9, 38.9),
      w('Ulykke fritid', 72, 413.9, 51.8),
      w('15 G', 320.6, 413.9, 19.7),
      w('kr 5 120', 407.5, 413.9, 33.3),
      w('Medisinsk', 138.8, 413.9, 41.7),
      w('inva-', 194.5, 413.9, 19.9),
      w('liditet', 138.8, 401.9, 23.3),
      w('etter', 196.7, 401.9, 17.8),
      w('ulykkesskade', 138.8, 389.9, 53.8),
      w('i', 211.7, 389.9, 2.8),
      w('fritiden,', 138.8, 377.9, 31.9),
      w('gradert', 186.1, 377.9, 28.3),
      w('etter invaliditetsta-', 138.8, 365.9, 75.6),
      w('bellen', 138.8, 353.9, 24.4),
      w('Alle', 229.4, 413.9, 17.2),
      w('ansatte', 253.6, 413.9, 27.8),
      w('med', 288.3, 413.9, 17.2),
      w('minst', 229.4, 401.9, 22.2),
      w('20', 258.9, 401.9, 10.0),
      w('prosent', 276.1, 401.9, 29.4),
      w('stilling', 229.4, 389.9, 27.8),
      w('og', 269.2, 389.9, 10.0),
      w('fast', 291.2, 389.9, 14.3),
      w('ansettelse', 229.4, 377.9, 38.9),
    ];
    expect(cells([page(...items)]).slice(3)).toEqual([
      ['Gruppeliv', 'Dødsfall med barnetillegg for hvert barn under 21 år som forsørges av den forsikrede', 'Alle ansatte med minst 20 prosent stilling og fast ansettelse', '10 G', 'kr 8 950'],
      ['Ulykke fritid', 'Medisinsk invaliditet etter ulykkesskade i fritiden, gradert etter invaliditetstabellen', 'Alle ansatte med minst 20 prosent stilling og fast ansettelse', '15 G', 'kr 5 120'],
    ]);
  });
});

describe('right-aligned cells wrapped in LibreOffice', () => {
  const w = (str: string, x: number, y: number, width: number, size = S): TextItem => ({ str, x, y, width, size });

  it('joins a header wrapped in a right-aligned column («Pris» over «per år») to its cell, so the header stays over its rows', () => {
    const items = [
      w('Produkt', 64, 614, 34),
      w('Forsikringssum', 430.7, 614, 67.5),
      w('Pris', 520.3, 614, 17),
      w('per år', 512.3, 603.6, 25),
      w('Yrkesskade', 64, 590.2, 47),
      w('Individuelt', 430.7, 590.2, 40.5),
      w('kr 3 400', 504.8, 590.2, 32.5),
      w('Gruppeliv', 64, 576.8, 38.5),
      w('10 G', 430.7, 576.8, 19.5),
      w('kr 8 950', 504.8, 576.8, 32.5),
    ];
    expect(cells([page(...items)])[0]).toEqual(['Produkt', 'Forsikringssum', 'Pris per år']);
  });
});

describe('mail-merge schedule lines: a product, then «Label: value» fields run together', () => {
  // the text's runs of spaces set as one (LibreOffice) or stretched (groff), the line wrapped:
  // «Næringsbygg   Forsikringssted: Strandvegen 21, 9008 Tromsø   Forsikringssum: kr 24 600 000   …»
  const w = (str: string, x: number, y: number, width: number, size = 10): TextItem => ({ str, x, y, width, size });
  /** The text file's cells of both lines: what every layout of them must give. */
  const MAIL_MERGE_CELLS = [
    ['Næringsbygg', 'Forsikringssted: Strandvegen 21, 9008 Tromsø', 'Forsikringssum: kr 24 600 000', 'Egenandel: kr 20 000', 'Pris: kr 31 450'],
    ['Ansvar', 'Forsikringssted: Norden', 'Forsikringssum: kr 10 000 000', 'Egenandel: kr 10 000', 'Pris: kr 5 980'],
  ];

  it('reads the fields of a wrapped line as the text file has them (LibreOffice: one item a line)', () => {
    const items = [
      w('Næringsbygg Forsikringssted: Strandvegen 21, 9008 Tromsø Forsikringssum: kr 24 600 000 Egenandel: kr', 62.5, 615.3, 472.4),
      w('20 000 Pris: kr 31 450', 62.5, 602.1, 97.7),
      w('Ansvar Forsikringssted: Norden Forsikringssum: kr 10 000 000 Egenandel: kr 10 000 Pris: kr 5 980', 62.5, 586, 436.3),
    ];
    expect(cells([page(...items)])).toEqual(MAIL_MERGE_CELLS);
  });

  it('joins the wrapped line before splitting its fields (groff: the fields 8 points apart, the line full)', () => {
    const items = [
      w('Næringsbygg', 72, 634.3, 53.9),
      w('Forsikringssted: Strandvegen 21, 9008 Tromsø', 134.3, 634.3, 190.9),
      w('Forsikringssum: kr 24 600 000', 333.6, 634.3, 126.8),
      w('Egenandel: kr', 468.9, 634.3, 56.7),
      w('20 000', 72, 622.3, 27.5),
      w('Pris: kr 31 450', 107, 622.3, 59.2),
      w('Ansvar', 72, 551.5, 28.2),
      w('Forsikringssted: Norden', 107.5, 551.5, 97.4),
      w('Forsikringssum: kr 10 000 000', 212.4, 551.5, 123.2),
      w('Egenandel: kr 10 000', 343.1, 551.5, 85.8),
      w('Pris: kr 5 980', 436.4, 551.5, 54.2),
    ];
    expect(cells([page(...items)])).toEqual(MAIL_MERGE_CELLS);
  });

  it('leaves a sentence with one label, or labels in lower case, as one cell', () => {
    const a = w('Merk at Egenandel: kr 10 000 gjelder per skade.', 62.5, 700, 220);
    const b = w('Forsikringssummen er kr 10 000 000 og egenandel: kr 10 000 og pris: kr 5 980.', 62.5, 680, 330);
    expect(cells([page(a, b)])).toEqual([[a.str], [b.str]]);
  });
});

describe('a short page in two columns whose lines seldom share a baseline', () => {
  it('reads the left column, then the right, though only three lines have a cell in each (Chromium, A5)', () => {
    // a browser's two-column letter: headings in 9,5 pt, text in 8,5 pt, paragraph margins — the
    // columns' lines fall on one baseline three times, each time a heading or a paragraph's end
    const at = (str: string, x: number, y: number, size: number) => ({ ...item(str, x, y, size), width: item(str, x, y, size).width * 0.9 });
    const items = [
      at('Fornyelse av boligselskapenes', 33.7, 540.2, 9.5),
      at('forsikring 2024', 33.7, 528.2, 9.5),
      at('Forsikringsavtalen for boligselskaper i', 33.7, 513.2, 8.5),
      at('NBBL-ordningen fornyes 1. januar 2024.', 33.7, 502, 8.5),
      at('Her er det viktigste.', 33.7, 491.5, 8.5),
      at('Indeksregulering', 33.7, 473.5, 9.5),
      at('• Bygninger: 5,2 %', 35.8, 454, 8.5),
      at('Naturskade', 33.7, 429.2, 9.5),
      at('Naturskadepremien går fra 0,065 promille', 221, 547, 8.5),
      at('til 0,07 promille av', 221, 535.7, 8.5),
      at('brannforsikringssummen.', 221, 525.2, 8.5),
      at('Egenandel for vannskader', 221, 507.2, 9.5),
      at('Egenandelen for vannskader i Borettslag', 221, 492.2, 8.5),
      at('og sameie endres fra kr 10 000 til', 221, 481.7, 8.5),
      at('kr 15 000. Boligselskap som har installert', 221, 470.5, 8.5),
      at('automatisk vannstopper, beholder', 221, 459.2, 8.5),
      at('kr 10 000.', 221, 448, 8.5),
      at('Ta kontakt med boligbyggelaget ditt om du', 221, 435.2, 8.5),
      at('har spørsmål.', 221, 424, 8.5),
    ];
    const out = cells([page(...items)]).map((c) => c.join(' | '));
    // every line one column's text, the left column's first
    expect(out.every((t) => !t.includes(' | '))).toBe(true);
    expect(out.indexOf('Naturskade')).toBeLessThan(out.findIndex((t) => t.startsWith('Naturskadepremien')));
    expect(out.findIndex((t) => t.includes('Indeksregulering'))).toBeLessThan(out.findIndex((t) => t.startsWith('Naturskadepremien')));
  });
});

describe('tables of word processors (narrow cell padding)', () => {
  it('splits right-aligned headers set 3–4 points apart where the amounts below them end', () => {
    // a table's cells padded by 2 points: each right-aligned header ends where its amounts end,
    // less than half an em before the next header (wider than a space)
    const at = (text: string, x1: number, y: number) => {
      const it = item(text, 0, y);
      return { ...it, x: x1 - it.width };
    };
    const head = [item('Forsikring', 64, 700), at('Forsikringssum', 379, 700), at('Egenandel', 379 + 3.5 + item('Egenandel', 0, 0).width, 700)];
    const e1 = head[2]!.x + head[2]!.width;
    const pris = at('Premie kr', e1 + 4 + item('Premie kr', 0, 0).width, 700);
    const e2 = pris.x + pris.width;
    const body = (y: number, name: string, sum: string, ded: string, pr: string) => [item(name, 64, y), at(sum, 379, y), at(ded, e1, y), at(pr, e2, y)];
    const out = cells([page(...head, pris, ...body(686, 'Boligblokk', '184 500 000', '20 000', '212 340'), ...body(672, 'Garasjeanlegg', '12 300 000', '20 000', '14 120'))]);
    expect(out[0]).toEqual(['Forsikring', 'Forsikringssum', 'Egenandel', 'Premie kr']);
    expect(out[1]).toEqual(['Boligblokk', '184 500 000', '20 000', '212 340']);
  });

  it('splits a name and an address set 7 points apart where the header and the next row have the same gap', () => {
    // LibreOffice sizes columns by their content: the product's column ends 7 points before the address
    const head = [item('Forsikring', 64, 700), item('Forsikringssted', 120, 700), item('Premie', 300, 700)];
    const rowAt = (y: number, addr: string, premie: string) => [item('Næringsbygg', 64, y), item(addr, 120, y), item(premie, 300, y)];
    const out = cells([page(...head, ...rowAt(686.6, 'Langgata 44, 4306 Sandnes', 'kr 61 300'), ...rowAt(673.2, 'Ganddalsvegen 3, 4313 Sandnes', 'kr 27 420'))]);
    expect(out.slice(1)).toEqual([
      ['Næringsbygg', 'Langgata 44, 4306 Sandnes', 'kr 61 300'],
      ['Næringsbygg', 'Ganddalsvegen 3, 4313 Sandnes', 'kr 27 420'],
    ]);
  });

  it('splits a header row set with equal narrow gaps over a table of one row whose cells start or end there', () => {
    const words = ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie kr'];
    let x = 64;
    const head = words.map((w) => {
      const it = item(w, x, 700);
      x += it.width + 5;
      return it;
    });
    // amounts right-aligned under their headers
    const under = (k: number, text: string) => item(text, head[k]!.x + head[k]!.width - item(text, 0, 0).width, 686.7);
    const body = [item('Ansvar', 64, 686.7), item('Norden', head[1]!.x, 686.7), under(2, 'kr 20 000 000'), under(3, 'kr 25 000'), under(4, 'kr 850')];
    expect(cells([page(...head, ...body)])[0]).toEqual(words);
    // the same words in running text, a line of its own: one cell
    expect(cells([page(...head)])[0]).toEqual([words.join(' ')]);
  });

  it('keeps a line justified across a narrow cell one cell, though rows below repeat its stretched gaps', () => {
    // groff sets «Forsikringssum kr 5 900» justified in a text block, its spaces stretched alike, on
    // every row: the same gaps at the same x in three lines are no columns
    const justified = (y: number, a: string, b: string) => {
      const words = ['Forsikringssum', 'kr', a, b];
      let x = 50;
      return words.map((w) => {
        const it = item(w, x, y);
        x += it.width + 7.7;
        return it;
      });
    };
    const rowAt = (y: number, a: string, b: string) => [...justified(y, a, b), item('Egenandel kr 10 000', 230, y), item('Pris kr 9 640', 330, y)];
    const out = cells([page(...rowAt(700, '5', '900'), ...rowAt(670, '3', '100'), ...rowAt(640, '1', '800'))]);
    expect(out.map((r) => r[0])).toEqual(['Forsikringssum kr 5 900', 'Forsikringssum kr 3 100', 'Forsikringssum kr 1 800']);
  });

  it('keeps words a space apart together though one ends at a column edge', () => {
    const at = (text: string, x1: number, y: number) => {
      const it = item(text, 0, y);
      return { ...it, x: x1 - it.width };
    };
    // «Sum» then «forsikringer» a normal space (2,25 points) after it, «Sum» ending where the amounts end
    const sum = at('Sum', 200, 700);
    const out = cells([page(item('Tekst', 50, 728), at('10 000', 200, 728), item('Tekst', 50, 714), at('20 000', 200, 714), sum, item('forsikringer', 202.25, 700))]);
    expect(out[2]).toEqual(['Sum forsikringer']);
  });
});

describe('a text file printed in a fixed-width font', () => {
  /** Courier: every character 0,6 em; each word an item of its own, one space (0,6 em) between words. */
  function mono(line: string, y: number, size = 8): TextItem[] {
    const out: TextItem[] = [];
    const re = /\S+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) out.push({ str: m[0], x: 30 + m.index * 0.6 * size, y, size, width: m[0].length * 0.6 * size });
    return out;
  }

  it('reads a space between words as a space where other lines have a column edge, and two or more as a cell gap', () => {
    const out = cells([
      page(
        ...mono('Avtalenummer    AB123456', 710),
        // (a value column starts where «982» stands, on two other lines)
        ...mono('Kundenummer     10 445 982', 700),
        ...mono('Forsikringstaker       Lykkeglimt AS', 690),
        ...mono('Forsikringsperiode     01.02.2024', 680),
        ...mono('Forsikring    Sted    Sum    Egenandel', 660),
        ...mono('Eiendeler     Kirkegata 9    kr 850 000    kr 10 000', 650),
      ),
    ]);
    expect(out).toContainEqual(['Kundenummer', '10 445 982']);
    expect(out).toContainEqual(['Forsikring', 'Sted', 'Sum', 'Egenandel']);
    expect(out).toContainEqual(['Eiendeler', 'Kirkegata 9', 'kr 850 000', 'kr 10 000']);
  });

  it('keeps each printed line a line of its own, as the text has it', () => {
    const out = cells([page(...mono('Org.nr.    923 401 118', 700), ...mono('Utstedt    09.01.2024', 690))]);
    expect(out).toEqual([
      ['Org.nr.', '923 401 118'],
      ['Utstedt', '09.01.2024'],
    ]);
  });
});

describe('a table set right under labelled fields', () => {
  // a broker's summary: «Ny periode | 01.01.2024-31.12.2024» fields, then the table, its header
  // left-aligned and wrapped in narrow columns, its amounts right-aligned and of one width
  const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
  const fields = [at('Ny periode', 50, 733.4, 43.7), at('01.01.2024-31.12.2024', 105.7, 733.4, 93.1), at('Utarbeidet', 50, 721.9, 41.5), at('08.12.2023', 105.7, 721.9, 45)];
  const header = [at('Forsikring', 50, 703.5, 43.9), at('Sted', 203.3, 703.5, 19.5), at('Egenand', 438.9, 703.5, 38.1), at('Premie', 494, 703.5, 30), at('el', 438.9, 692, 7.5), at('2024', 494, 692, 20)];
  const row = (y: number, name: string, nameWidth: number, deductible: string, premium: string, premiumX: number) => [
    at(name, 50, y, nameWidth),
    at('Geilo', 203.3, y, 21),
    at(deductible, 454.5, y, 27.5),
    at(premium, premiumX, y, 545 - premiumX),
  ];

  it('gives the header to the rows under it, not to the fields above, and its columns to their right-aligned amounts', () => {
    const out = cells([page(...fields, ...header, ...row(680.5, 'Næringsbygg', 53.5, '25 000', '97 310', 517.5), ...row(669, 'Eiendeler - Maskiner, inventar og løsøre', 131.2, '25 000', '14 880', 517.5), ...row(657.5, 'Eiendeler - Varer', 66.9, '25 000', '1 120', 522.5))]);
    expect(out).toEqual([
      ['Ny periode', '01.01.2024-31.12.2024'],
      ['Utarbeidet', '08.12.2023'],
      ['Forsikring', 'Sted', 'Egenandel', 'Premie 2024'],
      ['Næringsbygg', 'Geilo', '25 000', '97 310'],
      ['Eiendeler - Maskiner, inventar og løsøre', 'Geilo', '25 000', '14 880'],
      ['Eiendeler - Varer', 'Geilo', '25 000', '1 120'],
    ]);
  });
});

describe('schedules whose cells wrap at the row pitch (session 7)', () => {
  /** An item at the position and width a PDF gave it. */
  const at = (str: string, x: number, y: number, width: number, size = 10): TextItem => ({ str, x, y, width, size });

  it('reads groff text blocks whose justified lines repeat row after row (the same address under every product)', () => {
    // groff tbl, «Tingdekning på fast forsikringssted - bygning med tilbygg | Sandvikvegen 118,
    // produksjonshall og lager, 6800 Førde | 24 600 000 | 20 000 | 31 480»: the stretched «-» of
    // «sikringssted -» is no header row, and «shall» «og» «lager,» set alike in every row no column
    const rows = [
      at('Forsikring', 72.0, 633.1, 45.3), at('Forsikringssted', 162.6, 633.1, 66.4), at('Sum', 278.8, 633.1, 19.5),
      at('Egenandel', 313.2, 633.1, 45.0), at('Premie', 373.2, 633.1, 30.4),
    ];
    for (const [dy, product, last] of [[0, 'bygning', 'tilbygg'], [60, 'maskiner, inventar', 'og løsøre']] as const) {
      const y = 619.1 - dy;
      rows.push(
        at(dy === 0 ? '24 600 000' : '6 350 000', dy === 0 ? 253.2 : 258.2, y, dy === 0 ? 45.0 : 40.0),
        at('20 000', 330.7, y, 27.5), at(dy === 0 ? '31 480' : '12 640', 376.1, y, 27.5),
        at('Tingdekning', 72.0, y, 50.8), at('på', 138.2, y, 9.4),
        at('fast', 72.0, y - 12, 14.3), at('for-', 132.8, y - 12, 14.8),
        at('sikringssted', 72.0, y - 24, 47.8), at('-', 144.3, y - 24, 3.3),
        at(product, 72.0, y - 36, dy === 0 ? 32.8 : 75.6),
        ...(dy === 0 ? [at('med', 130.4, y - 36, 17.2)] : []),
        at(last, 72.0, y - 48, dy === 0 ? 28.3 : 36.9),
        at('Sandvikvegen', 162.6, y, 56.4), at('118,', 162.6, y - 12, 17.5), at('produksjon-', 189.9, y - 12, 48.3),
        at('shall', 162.6, y - 24, 18.9), at('og', 193.8, y - 24, 10.0), at('lager,', 216.1, y - 24, 22.1),
        at('6800 Førde', 162.6, y - 36, 45.7),
      );
    }
    expect(cells([page(...rows)])).toEqual([
      ['Forsikring', 'Forsikringssted', 'Sum', 'Egenandel', 'Premie'],
      ['Tingdekning på fast forsikringssted - bygning med tilbygg', 'Sandvikvegen 118, produksjonshall og lager, 6800 Førde', '24 600 000', '20 000', '31 480'],
      ['Tingdekning på fast forsikringssted - maskiner, inventar og løsøre', 'Sandvikvegen 118, produksjonshall og lager, 6800 Førde', '6 350 000', '20 000', '12 640'],
    ]);
  });

  it('splits a wrapped cell that filled its column 4 points from the next, where the rows around start that column (LibreOffice)', () => {
    const t = (str: string, x: number, y: number, width: number) => at(str, x, y, width, 9);
    const rows = [
      t('Forsikring', 64.0, 630.0, 44.0), t('Forsikringssted', 247.8, 630.0, 67.5), t('Sum', 433.2, 630.0, 19.5),
      t('Egenandel', 456.2, 630.0, 45.5), t('Premie', 507.3, 630.0, 30.0),
      t('Tingdekning på fast forsikringssted - bygning', 64.0, 616.6, 178.6), t('med tilbygg', 64.0, 606.3, 46.0),
      t('Sandvikvegen 118, produksjonshall og', 247.8, 616.6, 154.1), t('lager, 6800 Førde', 247.8, 606.3, 71.5),
      t('24 600', 425.2, 616.6, 27.5), t('000', 437.7, 606.3, 15.0), t('20 000', 474.2, 616.6, 27.5), t('31 480', 509.7, 616.6, 27.5),
      t('Tingdekning på fast forsikringssted -', 64.0, 592.9, 144.6), t('maskiner, inventar og løsøre', 64.0, 582.5, 114.1),
      t('Sandvikvegen 118, produksjonshall og', 247.8, 592.9, 154.1), t('lager, 6800 Førde', 247.8, 582.5, 71.5),
      t('6 350', 430.2, 592.9, 22.5), t('000', 437.7, 582.5, 15.0), t('20 000', 474.2, 592.9, 27.5), t('12 640', 509.7, 592.9, 27.5),
      t('Tingdekning på fast forsikringssted - varer og', 64.0, 569.1, 180.1), t('råvarer', 64.0, 558.8, 28.5),
      t('Sandvikvegen 118, produksjonshall og', 247.8, 569.1, 154.1), t('lager, 6800 Førde', 247.8, 558.8, 71.5),
      t('1 900', 430.2, 569.1, 22.5), t('000', 437.7, 558.8, 15.0), t('20 000', 474.2, 569.1, 27.5), t('3 910', 514.7, 569.1, 22.5),
    ];
    expect(cells([page(...rows)])[3]).toEqual(['Tingdekning på fast forsikringssted - varer og råvarer', 'Sandvikvegen 118, produksjonshall og lager, 6800 Førde', '1 900 000', '20 000', '3 910']);
  });

  it('begins the first row under a header whose amount columns are headed «… i kr» (not «Kr» over its figure)', () => {
    // groff: «Forsikringssum i kr» over «18 750 000», the product wrapped below
    const rows = [
      at('Forsikring', 77.0, 631.1, 45.3), at('Forsikringssted', 167.6, 631.1, 66.4), at('Forsikringssum i kr', 258.2, 631.1, 84.8),
      at('Egenandel i kr', 358.0, 631.1, 62.8), at('Pris per år i kr', 435.8, 631.1, 63.8),
      at('Bygning - kontor,', 77.0, 617.1, 75.6), at('Havnegata 41,', 167.6, 617.1, 60.0), at('18 750 000', 298.2, 617.1, 44.8),
      at('15 000', 393.2, 617.1, 27.5), at('22 310', 472.1, 617.1, 27.5),
      at('verksted og lagerhall', 77.0, 605.1, 75.6), at('8006 Bodø', 167.6, 605.1, 42.0),
      at('Maskiner, inventar', 77.0, 591.1, 75.6), at('Havnegata 41,', 167.6, 591.1, 60.0), at('3 400 000', 302.5, 591.1, 40.5),
      at('15 000', 393.2, 591.1, 27.5), at('6 880', 477.1, 591.1, 22.5),
      at('og løsøre', 77.0, 579.1, 36.9), at('8006 Bodø', 167.6, 579.1, 42.0),
    ];
    expect(cells([page(...rows)])).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum i kr', 'Egenandel i kr', 'Pris per år i kr'],
      ['Bygning - kontor, verksted og lagerhall', 'Havnegata 41, 8006 Bodø', '18 750 000', '15 000', '22 310'],
      ['Maskiner, inventar og løsøre', 'Havnegata 41, 8006 Bodø', '3 400 000', '15 000', '6 880'],
    ]);
  });
});

describe('a text table printed as it is (bars and grid rules as text)', () => {
  it('reads a row between bars as its cells, and a long row wrapped onto the next line as one row', () => {
    // LibreOffice opening the text file: «| Tingdekning … | 24 600» over «000 | 20 000 | 31 480 |»
    const a = item('| Forsikring | Forsikringssted | Sum | Egenandel | Premie |', 57, 672);
    const b = item('| Næringsbygg, kontor og verksted med tilbygg og lager | Sandvikvegen 118, 6800 Førde | 24 600', 57, 660.5);
    const c = item('000 | 20 000 | 31 480 |', 57, 649);
    const d = item('| Ansvar | Norden | 10 000 000 | 10 000 | 6 150 |', 57, 637.5);
    expect(cells([page(a, b, c, d)])).toEqual([
      ['Forsikring', 'Forsikringssted', 'Sum', 'Egenandel', 'Premie'],
      ['Næringsbygg, kontor og verksted med tilbygg og lager', 'Sandvikvegen 118, 6800 Førde', '24 600 000', '20 000', '31 480'],
      ['Ansvar', 'Norden', '10 000 000', '10 000', '6 150'],
    ]);
  });

  it('reads a bar table set in a proportional font (its cells at the gaps, holding the bars) as the text has it, wrapped address joined', () => {
    // «Næringsbygg   | Strandgata 12,  | 14 200 000 | 10 000 | 16 870» over «      | 9008 Tromsø | | | |»
    const out = cells([
      page(
        item('Forsikring', 57, 700), item('| Forsikringssted', 180, 700), item('| Sum', 300, 700), item('| Egenandel | Premie', 380, 700),
        item('Næringsbygg', 57, 688), item('| Strandgata 12,', 180, 688), item('| 14 200 000 | 10 000', 300, 688), item('| 16 870', 440, 688),
        item('| 9008 Tromsø', 180, 676), item('|', 300, 676), item('|', 380, 676), item('|', 440, 676),
        item('Bedriftsansvar', 57, 664), item('| Norden', 180, 664), item('| 10 000 000 | 10 000', 300, 664), item('| 3 780', 440, 664),
      ),
    ]);
    expect(out).toEqual([
      ['Forsikring', 'Forsikringssted', 'Sum', 'Egenandel', 'Premie'],
      ['Næringsbygg', 'Strandgata 12, 9008 Tromsø', '14 200 000', '10 000', '16 870'],
      ['Bedriftsansvar', 'Norden', '10 000 000', '10 000', '3 780'],
    ]);
  });

  it('leaves a row opened with a bar and cut at the page edge unread (its last cell may be a part of a value)', () => {
    expect(cells([page(item('| Varer | Sandvikvegen 118, 6800 Førde | 1', 57, 660))])).toEqual([['| Varer | Sandvikvegen 118, 6800 Førde | 1']]);
  });

  it('drops a grid table\'s rules typed as text («+-----+-----+»)', () => {
    const rule = (y: number) => item('+------------+----------+--------+', 57, y);
    const out = cells([page(rule(700), item('Forsikring', 57, 688), item('Sum', 200, 688), rule(676), item('Driftstap', 57, 664), item('6 500 000', 200, 664), rule(652))]);
    expect(out).toEqual([
      ['Forsikring', 'Sum'],
      ['Driftstap', '6 500 000'],
    ]);
  });
});

describe('a text file set in a proportional font (LibreOffice opening it as text)', () => {
  it('keeps a header row whose column names stand the same runs of spaces apart as cells, not one justified line', () => {
    // «Dekning                 Forsikringssum      Egenandel      Pris»: 13 points between each name
    const out = cells([page(item('Dekning', 57, 614), item('Forsikringssum', 134, 614), item('Egenandel', 210, 614), item('Pris', 263.5, 614))]);
    expect(out).toEqual([['Dekning', 'Forsikringssum', 'Egenandel', 'Pris']]);
  });
});


describe('letterheads of two blocks side by side (groff, LibreOffice)', () => {
  it('keeps a date wrapped under its label in a narrow right block with the label, not with the next field', () => {
    // «Forsikringsperiode: 01.02.2026–31.01.2027» wrapped after the label in groff's narrow column,
    // «Avtalenr: 6620-114803» the next field below; the address block at the left
    const T = 10;
    const out = cells([
      page(
        item('Haugen Bilverksted AS', 72, 731.5, T),
        item('Dato: 03.01.2026', 186.9, 731.5, T),
        item('Industrivegen 14', 72, 717.5, T),
        item('Forsikringsperiode:', 186.9, 717.5, T),
        item('01.02.2026–31.01.2027', 186.9, 705.5, T),
        item('2815 GJØVIK', 72, 693.5, T),
        item('Avtalenr: 6620-114803', 186.9, 693.5, T),
      ),
    ]);
    expect(out).toEqual([
      ['Haugen Bilverksted AS', 'Dato: 03.01.2026'],
      ['Industrivegen 14', 'Forsikringsperiode: 01.02.2026–31.01.2027'],
      ['2815 GJØVIK', 'Avtalenr: 6620-114803'],
    ]);
  });

  it('still ends a cell at a label over another label («Dato:» over «Avtaleperiode:»)', () => {
    const T = 10;
    const out = cells([
      page(
        item('Haugen Bilverksted AS', 72, 731.5, T),
        item('Dato:', 186.9, 731.5, T),
        item('Industrivegen 14', 72, 719.5, T),
        item('Avtaleperiode:', 186.9, 719.5, T),
      ),
    ]);
    expect(out).toEqual([
      ['Haugen Bilverksted AS', 'Dato:'],
      ['Industrivegen 14', 'Avtaleperiode:'],
    ]);
  });
});

describe('groff schedules whose place cell is justified or empty', () => {
  it('keeps a product apart from a place justified beside it («Næringsbygg» … «Havnevegen» … «3,»): the rows with an empty place keep their columns', () => {
    // groff (tbl text blocks, Times 10): «Havnevegen 3, 7502 Stjørdal» wrapped and justified in its
    // column, its gaps as wide as the gap after the product; «Driftsløsøre» and «Avbrudd» with no place
    const w = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: 10, width });
    const out = cells([
      page(
        w('Forsikring', 77, 631.1, 45.3), w('Forsikringssted', 150.1, 631.1, 66.4), w('Forsikringssum', 240.7, 631.1, 67),
        w('Egenandel', 322.7, 631.1, 45), w('Premie', 382.7, 631.1, 30.4),
        w('Næringsbygg', 77, 617.1, 53.9), w('18 400 000', 262.6, 617.1, 45), w('20 000', 340.2, 617.1, 27.5), w('21 340', 385.5, 617.1, 27.5),
        w('Kjøpmannsgata', 150.1, 617.1, 62.7), w('12, 7500 Stjørdal', 150.1, 605.1, 69.2),
        w('Driftsløsøre', 77, 591.1, 47.8), w('3 250 000', 267.6, 591.1, 40), w('10 000', 340.2, 591.1, 27.5), w('6 870', 390.5, 591.1, 22.5),
        w('Avbrudd', 77, 577.1, 34.8), w('6 000 000', 267.7, 577.1, 40), w('20 000', 340.2, 577.1, 27.5), w('4 120', 390.5, 577.1, 22.5),
        w('Næringsbygg', 77, 563.1, 53.9), w('9 800 000', 267.6, 563.1, 40), w('20 000', 340.2, 563.1, 27.5), w('11 050', 385.5, 563.1, 27.5),
        w('Havnevegen', 150.1, 563.1, 49.2), w('3,', 218.2, 563.1, 7.5), w('7502 Stjørdal', 150.1, 551.1, 54.2),
        w('Bedriftsansvar', 77, 537.1, 58.1), w('10 000 000', 262.7, 537.1, 45), w('10 000', 340.2, 537.1, 27.5), w('8 450', 390.5, 537.1, 22.5),
      ),
    ]);
    expect(out).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Næringsbygg', 'Kjøpmannsgata 12, 7500 Stjørdal', '18 400 000', '20 000', '21 340'],
      ['Driftsløsøre', '', '3 250 000', '10 000', '6 870'],
      ['Avbrudd', '', '6 000 000', '20 000', '4 120'],
      ['Næringsbygg', 'Havnevegen 3, 7502 Stjørdal', '9 800 000', '20 000', '11 050'],
      ['Bedriftsansvar', '', '10 000 000', '10 000', '8 450'],
    ]);
  });

  it('keeps a justified address one cell where only a heading of the page\'s second column starts at its second word', () => {
    // groff, a page of two columns: «BYGNINGER | LØSØRE OG DYR», then «Driftsbygning,» … «Bakkevegen»
    // … «20,» (over «2850 Lena»), «Bakkevegen» under «LØSØRE OG DYR» by chance
    const w = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: 10, width });
    const out = cells([
      page(
        w('BYGNINGER', 72.0, 633.1, 58.9), w('LØSØRE OG DYR', 145.9, 633.1, 78.9),
        w('Driftsbygning,', 72.0, 600.7, 62.0), w('Bakkevegen', 146.7, 600.7, 51.3), w('20,', 210.7, 600.7, 12.5),
        w('2850 Lena', 72.0, 588.7, 44.2), w('Landbruksmaskiner og redskap', 238.2, 600.7, 137.1),
        w('Forsikringssum', 72.0, 574.7, 62.1), w('kr 9 800 000', 141.6, 574.7, 50.8), w('Forsikringssum', 238.2, 574.7, 62.1), w('kr 2 400 000', 307.8, 574.7, 50.8),
        w('Egenandel', 72.0, 562.7, 42.2), w('kr 15 000', 134.2, 562.7, 38.3), w('Egenandel', 238.2, 562.7, 42.2), w('kr 10 000', 300.4, 562.7, 38.3),
        w('Pris', 72.0, 550.7, 15.6), w('kr 14 260', 120.1, 550.7, 38.3), w('Pris', 238.2, 550.7, 15.6), w('kr 5 130', 286.3, 550.7, 33.3),
      ),
    ]);
    expect(out.slice(1, 3)).toEqual([['Driftsbygning, Bakkevegen 20, 2850 Lena'], ['Forsikringssum kr 9 800 000']]);
  });
});

describe('a document system’s schedule rows: addresses cut at the postcode, columns one space apart', () => {
  it('joins a place name to the address cut after its postcode, though the line above had room for it', () => {
    // «Eiendeler | Skistua, Løypevegen 12, 1940 | 1 180» over «| Bjørkelangen |» at the line pitch:
    // an address never ends with its postcode
    const out = cells([
      page(
        item('Forsikring', 50, 630), item('Forsikringssted / objekt', 101.4, 630), item('Årspremie', 278.4, 630),
        item('Bygning', 50, 618.5), item('Skistua, Løypevegen 12, gnr 45 bnr 3,', 101.4, 618.5), item('6 420', 312.8, 618.5),
        item('1940 Bjørkelangen', 101.4, 607),
        item('Eiendeler', 50, 595.5), item('Skistua, Løypevegen 12, 1940', 101.4, 595.5), item('1 180', 312.8, 595.5),
        item('Bjørkelangen', 101.4, 584),
        item('Ansvar', 50, 572.5), item('Lag/klubb', 101.4, 572.5), item('1 540', 312.8, 572.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Bygning', 'Skistua, Løypevegen 12, gnr 45 bnr 3, 1940 Bjørkelangen', '6 420'],
      ['Eiendeler', 'Skistua, Løypevegen 12, 1940 Bjørkelangen', '1 180'],
      ['Ansvar', 'Lag/klubb', '1 540'],
    ]);
  });

  it('splits a header of two column names set one space apart, and the values under it, into two columns', () => {
    // «Egenandel Premie» over «20 000 41 250» and «20 000 9 870», each drawn as one text item (the
    // widths pdf.js gives for Helvetica)
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
    const out = cells([
      page(
        at('NÆRINGSBYGG', 50, 666.7, 70.5), at('Vilkår NB-2024', 297.2, 666.7, 63),
        at('Forsikringssted', 50, 655.2, 60.9), at('Dekning', 179.3, 655.2, 33), at('Forsikringssum', 224.3, 655.2, 60.9), at('Egenandel Premie', 297.2, 655.2, 74),
        at('Torggata 12, 2317 Hamar', 50, 643.7, 102), at('Pluss', 179.3, 643.7, 22), at('38 500 000', 240.1, 643.7, 45), at('20 000 41 250', 297.2, 643.7, 57.5),
        at('Industrivegen 3, 2322 Ridabu', 50, 632.2, 117.3), at('Basis', 179.3, 632.2, 22), at('12 000 000', 240.1, 632.2, 45), at('20 000 9 870', 297.2, 632.2, 52.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Forsikringssted', 'Dekning', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Torggata 12, 2317 Hamar', 'Pluss', '38 500 000', '20 000', '41 250'],
      ['Industrivegen 3, 2322 Ridabu', 'Basis', '12 000 000', '20 000', '9 870'],
    ]);
  });

  it('splits «Objekt Sum (NOK)» and the places under it where each ends with its postcode and town, the amount after it', () => {
    // protector-fornyelse-eiendom-borettslag as LibreOffice set it (items as pdf.js reads them): each row's place and
    // sum one text item; «… 7043 Trondheim 118 600 000» splits one way only — «… Trondheim 118» ends with no town
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
    const out = cells([
      page(
        at('Forsikringsoversikt', 64, 400, 80),
        at('Objekt Sum (NOK)', 64, 382.1, 78.4), at('Indeks', 293, 382.1, 28.5), at('Egenandel', 331.2, 382.1, 45.5), at('Premie', 384.5, 382.1, 30),
        at('Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000', 64, 368.7, 219.7), at('Bygning', 293, 368.7, 32.5), at('15 000', 349.2, 368.7, 27.5), at('132 880', 382, 368.7, 32.5),
        at('Garasjeanlegg, Solveien 6, 7043 Trondheim 9 400 000', 64, 355.4, 218.7), at('Bygning', 293, 355.4, 32.5), at('15 000', 349.2, 355.4, 27.5), at('8 840', 382, 355.4, 22.5),
        at('Styreansvar 5 000 000', 64, 342, 98), at('Ingen', 293, 342, 22.5), at('10 000', 349.2, 342, 27.5), at('4 300', 382, 342, 22.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Objekt', 'Sum (NOK)', 'Indeks', 'Egenandel', 'Premie'],
      ['Boligblokk A, Solveien 2, 7043 Trondheim', '118 600 000', 'Bygning', '15 000', '132 880'],
      ['Garasjeanlegg, Solveien 6, 7043 Trondheim', '9 400 000', 'Bygning', '15 000', '8 840'],
      ['Styreansvar', '5 000 000', 'Ingen', '10 000', '4 300'],
    ]);
  });

  it('does not split a place with no postcode before an amount («Fjellstien 3 640 000»: the house number or the sum\'s)', () => {
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
    const out = cells([
      page(
        at('Forsikringsoversikt', 64, 400, 80),
        at('Objekt Sum (NOK)', 64, 382.1, 78.4), at('Egenandel', 331.2, 382.1, 45.5), at('Premie', 384.5, 382.1, 30),
        at('Hytte, Fjellstien 3 640 000', 64, 368.7, 120), at('15 000', 349.2, 368.7, 27.5), at('6 880', 382, 368.7, 22.5),
        at('Anneks, Fjellstien 3 210 000', 64, 355.4, 120), at('15 000', 349.2, 355.4, 27.5), at('1 840', 382, 355.4, 22.5),
      ),
    ]);
    expect(out.flat()).toContain('Hytte, Fjellstien 3 640 000');
  });

  it('splits a cell of a dash and an amount under a header of two column names: the dash is the empty cell', () => {
    // docs/megler-oversikt-ombrutte-navn-steder-2027 (rowpitch): «Egenandel Premie» over «50 000 44 120» and «– 6 940»
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
    const out = cells([
      page(
        at('NÆRINGSBYGG', 50, 666.7, 70.5), at('Vilkår NB-2024', 297.2, 666.7, 63),
        at('Forsikringssted', 50, 655.2, 60.9), at('Forsikringssum', 224.3, 655.2, 60.9), at('Egenandel Premie', 297.2, 655.2, 74),
        at('Torggata 12, 2317 Hamar', 50, 643.7, 102), at('38 500 000', 240.1, 643.7, 45), at('50 000 44 120', 297.2, 643.7, 57.5),
        at('Industrivegen 3, 2322 Ridabu', 50, 632.2, 117.3), at('14 000 000', 240.1, 632.2, 45), at('– 6 940', 297.2, 632.2, 30),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Torggata 12, 2317 Hamar', '38 500 000', '50 000', '44 120'],
      ['Industrivegen 3, 2322 Ridabu', '14 000 000', '–', '6 940'],
    ]);
  });

  it('splits a cover column joined to the sum column where its names run over several words', () => {
    // «Dekning Forsikringssum» over «Brann og naturskade 1 850 000» and «Fullverdi Fullverdi» (a farm's
    // certificate from LibreOffice): the name before the amount is the cover, whatever its words
    const out = cells([
      page(
        item('GARDSFORSIKRING', 50, 666.5),
        item('Objekt', 50, 655), item('Dekning Forsikringssum', 180, 655), item('Eigendel', 400, 655), item('Premie', 460, 655),
        item('Våningshus', 50, 643.5), item('Fullverdi Fullverdi', 180, 643.5), item('10 000', 400, 643.5), item('12 480', 460, 643.5),
        item('Husdyr', 50, 632), item('Brann og naturskade 1 850 000', 180, 632), item('20 000', 400, 632), item('3 330', 460, 632),
        item('Avbrudd', 50, 620.5), item('Avbrudd, dekningstid 12 måneder 9 000 000', 180, 620.5), item('20 000', 400, 620.5), item('1 330', 460, 620.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Objekt', 'Dekning', 'Forsikringssum', 'Eigendel', 'Premie'],
      ['Våningshus', 'Fullverdi', 'Fullverdi', '10 000', '12 480'],
      ['Husdyr', 'Brann og naturskade', '1 850 000', '20 000', '3 330'],
      ['Avbrudd', 'Avbrudd, dekningstid 12 måneder', '9 000 000', '20 000', '1 330'],
    ]);
  });

  it('leaves a cover column joined to the next whole when a name of several words stands alone under it', () => {
    // «Brann og naturskade» alone: «Brann og | naturskade» would be a guess
    const out = cells([
      page(
        item('GARDSFORSIKRING', 50, 666.5),
        item('Objekt', 50, 655), item('Dekning Forsikringssum', 180, 655), item('Premie', 400, 655),
        item('Husdyr', 50, 643.5), item('Brann og naturskade', 180, 643.5), item('3 330', 400, 643.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Objekt', 'Dekning Forsikringssum', 'Premie'],
      ['Husdyr', 'Brann og naturskade', '3 330'],
    ]);
  });

  it('leaves a header of two column names whole when a value under it splits two ways', () => {
    // «100 200 300» is «100 | 200 300» or «100 200 | 300»: not guessed
    const out = cells([
      page(
        item('NÆRINGSBYGG', 50, 666.5), item('Vilkår NB-2024', 297, 666.5),
        item('Forsikringssted', 50, 655), item('Egenandel Premie', 297, 655),
        item('Torggata 12, 2317 Hamar', 50, 643.5), item('100 200 300', 297, 643.5),
      ),
    ]);
    expect(out.slice(1)).toEqual([
      ['Forsikringssted', 'Egenandel Premie'],
      ['Torggata 12, 2317 Hamar', '100 200 300'],
    ]);
  });

  it('reads a small figure under a small figure, and a name under a row with its figure, as new rows of a table of text', () => {
    // «Kasko | 3 260» then «Snøscooter | Lynx 69 …», «Delkasko | 620» then «Ulykke | … | 890»: the
    // figures of three digits left the column unread as amounts
    const out = cells([
      page(
        item('Arbeidsmaskin', 50, 538), item('Løypemaskin Prinoth Husky 2012', 121, 538),
        item('Ansvar', 50, 526.5), item('980', 305.5, 526.5),
        item('Kasko', 50, 515), item('3 260', 298, 515),
        item('Snøscooter', 50, 503.5), item('Lynx 69 Ranger 2019, DN 2208', 121, 503.5),
        item('Delkasko', 50, 492), item('620', 305.5, 492),
        item('Ulykke', 50, 480.5), item('Dugnad og styrearbeid', 121, 480.5), item('890', 305.5, 480.5),
      ),
    ]);
    expect(out.some((l) => l.includes('620 890'))).toBe(false);
    expect(out.find((l) => l[0] === 'Kasko')).toEqual(['Kasko', '', '3 260']);
    expect(out.find((l) => l[0] === 'Ulykke')).toEqual(['Ulykke', 'Dugnad og styrearbeid', '890']);
  });
});

describe('a vehicle described on a line set in under its row', () => {
  // «Traktor | ZT 4410 | Kasko | 12 000 kr | 8 110 kr» over «Massey Ferguson 5713, årsmodell 2020» set in
  // under the row's name and running on under the plate's column
  const row = (y: number, name: string, plate: string, cover: string, ded: string, premium: string): TextItem[] => [
    item(name, 50, y), item(plate, 130, y), item(cover, 200, y), item(ded, 300, y), item(premium, 380, y),
  ];
  const lines = (underX: number) =>
    layoutPages([page(
      item('Kjøretøy', 50, 720), item('Kjennemerke', 130, 720), item('Dekning', 200, 720), item('Egenandel', 300, 720), item('Pris per år', 380, 720),
      ...row(706, 'Traktor', 'ZT 4410', 'Kasko', '12 000 kr', '8 110 kr'),
      item('Massey Ferguson 5713, årsmodell 2020', underX, 695),
      ...row(681, 'Personbil', 'EB 90213', 'Delkasko', '4 000 kr', '3 215 kr'),
    )]).lines;
  it('marks the line set in, as a text file sets it in with blanks', () => {
    const l = lines(60).find((x) => x.text.startsWith('Massey'));
    expect(l?.cells).toEqual(['Massey Ferguson 5713, årsmodell 2020']);
    expect(l?.indent).toBe(2);
  });
  it('leaves a line at the row\'s margin unmarked: a heading of the rows under it looks the same', () => {
    expect(lines(50).find((x) => x.text.startsWith('Massey'))?.indent).toBeUndefined();
  });
});

describe('object blocks side by side, named by their number (LibreOffice, groff)', () => {
  // «Objekt 1» beside «Objekt 2», then «Produkt: | Bygning | Produkt: | Maskiner og inventar» …: each
  // block is read as its own run of fields, the left one first — not rows of four cells, where the
  // right block's product would stand beside the left block's figures
  const at = (y: number, l: string, lv: string, r: string, rv: string, flush: boolean) => {
    const lvItem = item(lv, 0, y);
    lvItem.x = flush ? 258 - lvItem.width : 120;
    return [item(l, 64, y), lvItem, item(r, 261, y), item(rv, 317, y)];
  };
  const blocks = (flush: boolean) =>
    page(
      item('Objekt 1', 64, 600),
      item('Objekt 2', 261, 600),
      ...at(587, 'Produkt:', 'Bygning', 'Produkt:', 'Maskiner og inventar', flush),
      ...at(574, 'Sum:', 'NOK 24 600 000', 'Sum:', 'NOK 7 850 000', flush),
      ...at(561, 'Egenandel:', 'NOK 50 000', 'Egenandel:', 'NOK 25 000', flush),
      ...at(548, 'Premie:', 'NOK 31 240', 'Premie:', 'NOK 12 905', flush),
    );
  it('reads the left block, then the right one', () => {
    const texts = cells([blocks(false)]).map((c) => c.filter((x) => x !== '').join(' | '));
    expect(texts).toEqual([
      'Objekt 1',
      'Produkt: | Bygning',
      'Sum: | NOK 24 600 000',
      'Egenandel: | NOK 50 000',
      'Premie: | NOK 31 240',
      'Objekt 2',
      'Produkt: | Maskiner og inventar',
      'Sum: | NOK 7 850 000',
      'Egenandel: | NOK 25 000',
      'Premie: | NOK 12 905',
    ]);
  });
  it('also where the left figures are set flush right, 3 points from the right block’s labels', () => {
    const texts = cells([blocks(true)]).map((c) => c.filter((x) => x !== '').join(' | '));
    expect(texts.slice(0, 6)).toEqual(['Objekt 1', 'Produkt: | Bygning', 'Sum: | NOK 24 600 000', 'Egenandel: | NOK 50 000', 'Premie: | NOK 31 240', 'Objekt 2']);
  });
  it('two blocks named alike without a number of their own stay one table (two of the same label is no name)', () => {
    const p = page(item('Bygning', 64, 600), item('Bygning', 261, 600), ...at(587, 'Sum:', 'NOK 24 600 000', 'Sum:', 'NOK 7 850 000', false), ...at(574, 'Premie:', 'NOK 31 240', 'Premie:', 'NOK 12 905', false));
    expect(cells([p])[1]!.filter((x) => x !== '')).toEqual(['Sum:', 'NOK 24 600 000', 'Sum:', 'NOK 7 850 000']);
  });
});

describe('a dot leader at the end of a cell', () => {
  it('is the gap between a label and its figure, not part of the label («Forsikringssum .................... ..»)', () => {
    const p = page(item('Livsforsikring hest', 72, 600), item('Forsikringssum .................... ..', 80, 587), item('kr 85 000', 300, 587), item('Egenandel ...........................', 80, 574), item('ingen', 300, 574));
    expect(cells([p]).map((c) => c.filter((x) => x !== ''))).toEqual([['Livsforsikring hest'], ['Forsikringssum', 'kr 85 000'], ['Egenandel', 'ingen']]);
  });
});

describe('an amount broken at its space in a narrow cell (WeasyPrint)', () => {
  it('«000,-» under «Sum: NOK 9 840» is the rest of the sum, in each cell of the line', () => {
    const p = page(
      item('Driftsbygning, Ringnesvegen 230', 221, 447, 8.5),
      item('Sum: NOK 9 840', 225, 432, 8),
      item('Egenandel: NOK 20', 306, 432, 8),
      item('000,-', 225, 421.6, 8),
      item('000,-', 306, 421.6, 8),
    );
    expect(cells([p]).map((c) => c.filter((x) => x !== ''))).toEqual([['Driftsbygning, Ringnesvegen 230'], ['Sum: NOK 9 840 000,-', 'Egenandel: NOK 20 000,-']]);
  });
});

describe('a place wrapped in its column at the row pitch, its rest a capital word (LibreOffice)', () => {
  // rows 13,4 points apart in 9 points, each wrapped line at the same pitch: «Vinnesvåg» has no
  // cell in the first column and none in an amount column — no anchor a row begins at
  const row = (y: number, name: string, place: string, sum: string, prem: string) => [item(name, 64, y), item(place, 123.5, y), item(sum, 230, y), item(prem, 339, y)];
  const lines = [
    item('Forsikring', 64, 560), item('Forsikringssted', 123.5, 560), item('Sum', 230, 560), item('Premie', 339, 560),
    ...row(546.6, 'Næringsbygg', 'Kaivegen 2, 5396 Vestre', '46 800 000 kr', '52 300 kr'),
    item('Vinnesvåg', 123.5, 533.2),
    ...row(519.8, 'Varer', 'Kaivegen 2, 5396 Vestre', '9 000 000 kr', '18 900 kr'),
    item('Vinnesvåg', 123.5, 506.4),
    item('Samlet premie for alle forsikringene er 71 200 kr.', 62.5, 480, 10),
  ];
  it('goes on with the row’s place, under the last row too', () => {
    expect(cells([page(...lines)]).map((c) => c.filter((x) => x !== ''))).toEqual([
      ['Forsikring', 'Forsikringssted', 'Sum', 'Premie'],
      ['Næringsbygg', 'Kaivegen 2, 5396 Vestre Vinnesvåg', '46 800 000 kr', '52 300 kr'],
      ['Varer', 'Kaivegen 2, 5396 Vestre Vinnesvåg', '9 000 000 kr', '18 900 kr'],
      ['Samlet premie for alle forsikringene er 71 200 kr.'],
    ]);
  });
  it('a line with a name in the first column is the next row, as before', () => {
    const next = [...lines.slice(0, 8), item('Ansvar', 64, 533.2), item('20 000 000 kr', 230, 533.2), item('16 400 kr', 339, 533.2)];
    expect(cells([page(...next)]).map((c) => c.filter((x) => x !== ''))[2]).toEqual(['Ansvar', '20 000 000 kr', '16 400 kr']);
  });
});

describe('a justified value after its label set a little further apart', () => {
  it('«Forsikringsstad:» 15 points from «Nordre», the value\'s words 12,9 points apart, its town wrapped under: one value (groff)', () => {
    // (private-holdout78/frende-forsikringsbevis-nynorsk's groff PDF, line 17: the place's first word had been a cell of its own)
    const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, width, size: 10 });
    const got = cells([
      page(
        at('HUS', 72.0, 492.3, 20.0),
        at('Forsikringsstad:', 72.0, 470.7, 64.3),
        at('Nordre', 151.3, 470.7, 28.3),
        at('Kvamsvegen', 192.5, 470.7, 51.7),
        at('14,', 257.1, 470.7, 12.5),
        at('5600', 282.5, 470.7, 20.0),
        at('Norheimsund', 151.3, 458.7, 54.4),
        at('Einebustad, byggeår 1979, bruksareal 186 m²', 72.0, 437.1, 181.4),
        at('Dekning:', 77.0, 413.5, 39.5),
        at('Hus Ekstra', 159.1, 413.5, 48.6),
        at('Forsikringssum:', 77.0, 399.5, 64.9),
        at('kr 5 350 000', 156.9, 399.5, 50.8),
        at('Eigendel:', 77.0, 385.5, 38.3),
        at('kr 10 000', 169.4, 385.5, 38.3),
      ),
    ]);
    expect(got).toContainEqual(['Forsikringsstad:', 'Nordre Kvamsvegen 14, 5600 Norheimsund']);
  });
});

describe('a label and its value set only the padding apart', () => {
  // (private-holdout82 fremtind-yrkesskade, LibreOffice: «Forsikringssted» 5 points from «Industrigata 12, 2619
  // Lillehammer», the value filling its column and ending where the rows' values under it end — read as one cell,
  // the place became «Forsikringssted Industrigata 12, …»)
  const at = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: S, width });
  const rows = (first: [string, string, number]) => [
    at('Verktøy og utstyr', 62.5, 620, 75.5),
    at(first[0], 64, 603.4, 67.5), at(first[1], first[2], 603.4, 281.2 - first[2]),
    at('Forsikringssum', 64, 590.1, 61), at('kr 650 000', 238.7, 590.1, 42.5),
    at('Egenandel', 64, 576.7, 43), at('kr 6 000', 248.7, 576.7, 32.5),
    at('Premie per år', 64, 563.4, 54.5), at('kr 4 215', 248.7, 563.4, 32.5),
  ];
  it('splits a label from a value that ends where two other lines\' values end', () => {
    expect(cells([page(...rows(['Forsikringssted', 'Industrigata 12, 2619 Lillehammer', 136.7]))])[1]).toEqual(['Forsikringssted', 'Industrigata 12, 2619 Lillehammer']);
  });
  it('keeps a line whose text before the gap has a figure (no label) as one cell', () => {
    expect(cells([page(...rows(['Storgata 12', 'og lager, 2619 Lillehammer', 136.7]))])[1]).toEqual(['Storgata 12 og lager, 2619 Lillehammer']);
  });
});

describe('LibreOffice rows set as tables of their own, cells a few points apart (a private certificate)', () => {
  // «Garasje» 4,7 points from «Fullverdi», then «10 000 kr» | «1 204 kr»: the sum's form is the row's second cell, as in
  // the row above it, «Bolighus» | «Fullverdi» | «10 000 kr» | «11 842 kr» — joined, the deductible was read as the sum
  it('splits a sum\'s form off the name before amounts written with «kr» after them', () => {
    const g = item('Garasje', 64, 700);
    const f = item('Fullverdi', right(g) + 4.7, 700);
    const d = item('10 000 kr', right(f) + 7, 700);
    const p = item('1 204 kr', right(d) + 4.5, 700);
    expect(cells([page(g, f, d, p, item('Frittliggende, 36 m2', 62.5, 687))])[0]).toEqual(['Garasje', 'Fullverdi', '10 000 kr', '1 204 kr']);
  });
  // «HUSFORSIKRING» 4 points from «Dekningsnivå: Pluss»: the product's heading and its cover level side by side
  it('sets a field apart from a heading in capitals before it', () => {
    const h = item('HUSFORSIKRING', 64, 700);
    expect(cells([page(h, item('Dekningsnivå: Pluss', right(h) + 4.1, 700))])).toEqual([['HUSFORSIKRING', 'Dekningsnivå: Pluss']]);
  });
  // «NÆRINGSBYGG» 3,8 points from «Vilkår NB-2023, Fullverdi»: the product's heading and its terms
  it('sets the terms in lower case apart from a heading in capitals before them', () => {
    const h = item('NÆRINGSBYGG', 64, 700);
    expect(cells([page(h, item('Vilkår NB-2023, Fullverdi', right(h) + 3.8, 700))])).toEqual([['NÆRINGSBYGG', 'Vilkår NB-2023, Fullverdi']]);
  });
  it('keeps a heading\'s words a space apart as one cell', () => {
    const h = item('NÆRINGSBYGG', 64, 700);
    expect(cells([page(h, item('Vilkår NB-2023', right(h) + 2.2, 700))])).toEqual([['NÆRINGSBYGG Vilkår NB-2023']]);
  });
  it('keeps a field after words that are no heading in the sentence they are', () => {
    const h = item('Dette gjelder', 64, 700);
    expect(cells([page(h, item('Dekningsnivå: Pluss', right(h) + 4.1, 700))])).toEqual([['Dette gjelder Dekningsnivå: Pluss']]);
  });
});

describe('a right-aligned column with a row whose cells a PDF set as one ending in it', () => {
  // a broker's overview: premiums set right («112 400», «31 200»), and a last row «7712-118733 Se spesifikasjon 188 900»
  // one item from the policy numbers' column to the premiums' right edge — it must not pull the premiums' column left
  it('keeps the premiums in their own column', () => {
    const rows = [
      ['Bygninger', 'Gjensidige', '81512210', 'NOK 96,5 mill.', '50 000', '112 400'],
      ['Maskiner og løsøre', 'Gjensidige', '81512210', 'NOK 18 mill.', '25 000', '31 200'],
      ['Varer', 'Gjensidige', '81512210', 'NOK 6,5 mill.', '25 000', '9 800'],
    ];
    const xs = [64, 146, 194.2, 253.7, 324.5];
    const items: TextItem[] = [];
    rows.forEach((r, n) => {
      const y = 700 - n * 13.4;
      // (widths as the PDF gives them: the cells 6 points apart at most)
      r.slice(0, 5).forEach((t, i) => items.push({ ...item(t, xs[i]!, y), width: Math.min(item(t, 0, y).width, (xs[i + 1] ?? 377) - xs[i]! - 6) }));
      const p = item(r[5]!, 0, y);
      items.push({ ...p, x: 409.7 - p.width });
    });
    // (the last row's items a few points apart, as LibreOffice sets a row of its own: read as one cell)
    const y = 700 - 3 * 13.4;
    items.push(item('Motorvogn', 64, y), item('Fremtind', 146, y));
    items.push({ ...item('7712-118733', 194.2, y), width: 53.1 }, { ...item('Se spesifikasjon', 253.7, y), width: 65 }, { ...item('Se spesifik.', 324.5, y), width: 46 }, { ...item('188 900', 377.2, y), width: 32.5 });
    const out = cells([page(...items)]);
    expect(out.slice(0, 3)).toEqual(rows);
  });
});

describe('a tight header whose names of two words end in a column\'s word', () => {
  // LibreOffice's header row, names 3 to 4 points apart: «Forsikring» «Forsikringssum» «Fast egenandel» «Bevegelig
  // egenandel» «Årspremie», the row's cells starting under «Fast egenandel» and «Bevegelig egenandel»
  it('is split at each name where the row under it has a cell', () => {
    const y = 700;
    const head = [item('Forsikring', 64, y), { ...item('Forsikringssum', 171, y), width: 67.5 }, { ...item('Fast egenandel', 241.5, y), width: 65.5 }, { ...item('Bevegelig egenandel', 310.7, y), width: 89.4 }, { ...item('Årspremie', 406.2, y), width: 44.5 }];
    const row = [item('Agria Veterinærforsikring', 64, y - 13.4), { ...item('40 000 kr', 201, y - 13.4), width: 37.5 }, { ...item('2 100 kr', 241.5, y - 13.4), width: 32.5 }, { ...item('25 %', 310.7, y - 13.4), width: 20.5 }, { ...item('3 984 kr', 418.2, y - 13.4), width: 32.5 }];
    expect(cells([page(...head, ...row)])[0]).toEqual(['Forsikring', 'Forsikringssum', 'Fast egenandel', 'Bevegelig egenandel', 'Årspremie']);
  });
});

describe('a list of bullets set as a table of two columns (groff)', () => {
  // «• Medisinsk invaliditet:   10 G (kr 1 301 600)» over «• Dødsfall:   2 G (kr 260 320)» over «• Tannskade:   Etter
  // regning», a rule drawn above the second: each bullet is an item of its own, never the rest of the line above it
  it('begins a row at each bullet', () => {
    const rows = [['• Medisinsk invaliditet:', '10 G (kr 1 301 600)'], ['• Dødsfall:', '2 G (kr 260 320)'], ['• Behandlingsutgifter:', 'inntil kr 100 000'], ['• Tannskade:', 'Etter regning']];
    const ys = [700, 686, 674, 662];
    const items = rows.flatMap((r, n) => [item(r[0]!, 72, ys[n]!), item(r[1]!, 185.6, ys[n]!)]);
    expect(cells([page(...items)])).toEqual(rows);
  });
});
