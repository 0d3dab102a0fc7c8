/**
 * Step 1 of the PDF layout: a page's positioned text items → physical lines of cells (see
 * src/parse/pdf-layout.ts for what counts as a line, a cell and a space).
 */
import { FIRST_RISK_WORD, KRONER_ONLY } from '../amounts.js';
import { SCHEDULE_COLUMNS, VALUE_BASIS_WORDS } from '../vocabulary.js';
import { LAYOUT, type PageText, type PLine, type Seg, type TextItem } from './types.js';
import { joinWrappedAmounts } from './wrapped-amounts.js';

/** A list marker standing alone as a cell. */
const MARKER = /^(?:[-–•*·▪◦■□➢►✓]|\d{1,2}[.)]|[a-z][.)])$/;

const NON_SPACE = /\S/;
// (patterns of per-item and per-line tests are made once: a literal in a function makes a new
// RegExp object at every call, and esbuild turns one with \p{…} into `new RegExp(…)`)
const ENDS_SPACE = /\s$/;
const STARTS_SPACE = /^\s/;
const SPACES = /\s/g;
const INNER_SPACE = /\S\s+\S/;
/** A word broken at a line's end, and the rest of it starting the next line. */
const HYPHEN_END = /[A-Za-zÀ-ÖØ-öø-ɏ]-$/u;
const LOWER_START = /^[a-zß-öø-ÿčđŋšŧž]/u;
/** A letter (a Latin range, not \p{L}: src/parse/lazy.ts says why). */
const LETTER = /[A-Za-zÀ-ÖØ-öø-ɏ]/u;
/** A space a line may break at: not a no-break space (U+00A0, U+2007, U+202F). */
const BREAK_SPACE = /[^\S\u00A0\u2007\u202F]/;
/** Whitespace collapsed to single spaces and trimmed (most text needs nothing done: tested first). */
const UNCLEAN = /\s\s|[^\S ]|^ | $/;
const clean = (s: string) => (UNCLEAN.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** A physical line before its pieces are joined into cells' text. */
interface RawLine {
  y: number;
  size: number;
  segs: Piece[][];
  /**
   * Set in a fixed-width font (a text file printed): a space is 0,6 em there, wider than
   * `softCellGap`, so a gap narrower than `cellGap` is a space, never a cell boundary.
   */
  mono: boolean;
}

/** Step 1: a page's items → physical lines of cells, top to bottom. */
export function physicalLines(page: PageText, pageNo: number): PLine[] {
  const raw = baselines(page).map(piecesOf);
  joinJustifiedLines(raw);
  splitAtColumns(raw);
  splitHeaderOverRows(raw);
  splitFieldPairs(raw);
  splitLabelledAmounts(raw);
  splitKronerItems(raw);
  splitFirstFigure(raw);
  splitSumForm(raw);
  splitHeaderNames(raw);
  splitItemsUnderHeader(raw);
  joinStretchedWords(raw);
  joinBlockLines(raw);
  const lines: PLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { y, size, segs, mono } = raw[i]!;
    const out = segsOf(segs, size);
    if (ruleRow(out)) continue;
    if (out.length) lines.push({ page: pageNo, y, size, segs: out, text: out.map((k) => k.text).join('\t'), running: false, keep: false, ...(mono ? { mono } : {}) });
  }
  return joinWrappedAmounts(lines);
}

/** A cell drawn with text: a run of dashes, equals signs or box-drawing lines («---», «:---:», «═══»). */
const TEXT_RULE = /^[|+]?:?[-=_\u2500\u2501\u2550\u2013\u2014]{3,}:?[|+]?$/;

/**
 * A text table's rule of two columns or more as one item: «+-----+------+», «|-----|------|»,
 * «+=====+======+» (a grid table typed in a text file, printed as it is or set between the rows
 * of a table it became).
 */
const GRID_RULE = /^[|+](?:[-=_\u2500\u2501\u2550:]{3,}[|+]){2,}$/;

/**
 * A table's separator row typed as text (a Markdown table printed as it is: «|---|---|»): two or
 * more cells, every one a rule. It carries nothing, and read as a row it would be taken for the
 * first line of the row below (its «---» joined to every cell there).
 */
function ruleRow(segs: Seg[]): boolean {
  if (segs.length === 1) return GRID_RULE.test(segs[0]!.text);
  if (segs.length < 2) return false;
  for (let i = 0; i < segs.length; i++) if (!TEXT_RULE.test(segs[i]!.text)) return false;
  return true;
}

/** A page's items grouped by baseline, top to bottom (each group with its baseline). */
function baselines(page: PageText): { y: number; items: TextItem[] }[] {
  const items: TextItem[] = [];
  for (let iIt = 0; iIt < page.items.length; iIt++) {
    const it = page.items[iIt]!;
    if (NON_SPACE.test(it.str) && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0) items.push(it);
  }
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; items: TextItem[] }[] = [];
  let group: TextItem[] = [];
  let refY = 0;
  let refSize = 0;
  for (let iIt = 0; iIt < items.length; iIt++) {
    const it = items[iIt]!;
    // a superscript or subscript (smaller, raised or lowered up to half the line's size) stays on it
    const tol = Math.min(it.size, refSize) < 0.8 * Math.max(it.size, refSize) ? LAYOUT.scriptShift : LAYOUT.sameLine;
    if (group.length && Math.abs(it.y - refY) > tol * Math.max(it.size, refSize)) {
      groups.push({ y: refY, items: group });
      group = [];
    }
    if (group.length === 0) {
      refY = it.y;
      refSize = it.size;
    }
    group.push(it);
  }
  if (group.length) groups.push({ y: refY, items: group });
  return groups;
}

/** One baseline's items, left to right, split into cells at gaps wider than `cellGap`. */
function piecesOf({ y, items }: { y: number; items: TextItem[] }): RawLine {
  items.sort((a, b) => a.x - b.x);
  let size = -Infinity;
  for (let i = 0; i < items.length; i++) if (items[i]!.size > size) size = items[i]!.size;
  const segs: Piece[][] = [];
  let cur: Piece[] | null = null;
  let curX1 = 0;
  for (let iIt = 0; iIt < items.length; iIt++) {
    const it = items[iIt]!;
    const x1 = it.x + Math.max(0, it.width);
    const gap = cur ? it.x - curX1 : 0;
    const piece: Piece = { item: it, x0: it.x + leadingSpaceWidth(it), x1, str: it.str, gap, space: false };
    // (two amounts, each with its currency or digit groups, set apart as items of their own:
    // «kr 4 150 000» 4,7 points from «kr 10 000», «15 000» 5 points from «38 400» — no amount
    // reads so; LibreOffice's narrow padding in a table of two rows, too few to show the columns)
    const amounts = cur !== null && gap >= LAYOUT.tightCellGap * size && WHOLE_AMOUNT.test(cur[cur.length - 1]!.str.trim()) && WHOLE_AMOUNT.test(it.str.trim());
    if (!cur || gap > LAYOUT.cellGap * size || amounts) {
      segs.push((cur = [piece]));
      curX1 = x1;
      continue;
    }
    const last = cur[cur.length - 1]!;
    piece.space = gap > LAYOUT.wordGap * size && !ENDS_SPACE.test(last.str) && !STARTS_SPACE.test(it.str);
    cur.push(piece);
    curX1 = Math.max(curX1, x1);
  }
  return { y, size, segs, mono: monospaced(items, size) };
}

/**
 * Are a line's items set in a fixed-width font (Courier: every character 0,6 em)? Two or more items
 * of three characters or more, each as wide as its characters at one width.
 */
function monospaced(items: TextItem[], size: number): boolean {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.str.length < 3) continue;
    if (Math.abs(it.width / it.str.length - MONO_EM * size) > 0.02 * size) return false;
    n++;
  }
  return n >= 2;
}

/** A plain space's width, × font size (Helvetica, Arial, Liberation Sans: 0,278 em; Times 0,25). */
const SPACE_EM = 0.28;

/** A fixed-width font's character width, × font size (Courier, Liberation Mono, DejaVu Sans Mono). */
const MONO_EM = 0.6;

/** A line's cells of pieces → its cells (Seg), text joined and cleaned. */
function segsOf(segs: Piece[][], size: number): Seg[] {
  const out: Seg[] = [];
  for (let iPieces = 0; iPieces < segs.length; iPieces++) {
    const pieces = segs[iPieces]!;
    let joined = pieces[0]!.str;
    let x1 = pieces[0]!.x1;
    for (let n = 1; n < pieces.length; n++) {
      const k = pieces[n]!;
      joined += k.space ? ` ${k.str}` : k.str;
      if (k.x1 > x1) x1 = k.x1;
    }
    const text = clean(joined);
    if (!text) continue;
    const first = pieces[0]!;
    const prev = out[out.length - 1];
    // a list marker set apart from its text (a hanging indent, a tab after the bullet) is part
    // of the text's cell: «-» and «Bygninger 4,1 %» are «- Bygninger 4,1 %»
    if (prev && out.length === 1 && MARKER.test(prev.text) && first.x0 - prev.x1 <= LAYOUT.markerGap * size) {
      out[0] = { x0: prev.x0, x1, text: `${prev.text} ${text}`, firstWord: prev.firstWord };
      continue;
    }
    out.push({ x0: first.x0, x1, text, firstWord: firstWordWidth(pieces) });
  }
  return out;
}

/**
 * A justified line in a narrow column can stretch its spaces wider than `cellGap`, and some tools
 * place every word as an item of its own: the words then look like cells. The spaces of a justified
 * line are all stretched alike, so three or more single words (at least one with letters) set apart
 * by gaps equal to within `justifiedTolerance` × font size (and under 4 em) are one cell. Cells of a
 * table are not set apart that evenly, unless all are the same width (figures in equal columns,
 * which are left alone).
 */
function joinJustifiedLines(raw: RawLine[]): void {
  let starts: { x: number; text: string }[][] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.segs.length < 3) continue;
    // (a text file printed in a fixed-width font: a justified line's spaces are one or two
    // characters wide, less than `cellGap` — words further apart stand in columns)
    if (l.mono) continue;
    // cells starting where other lines of the page have cells: a table's columns — not where
    // another line has the same word there (the same address wrapped alike in every row of a
    // schedule: groff's «shall» «og» «lager,» under every product at one place)
    starts ??= raw.map((r) => r.segs.map((seg) => ({ x: seg[0]!.x0, text: segText(seg) })));
    const column = (seg: Piece[]) => {
      const x = seg[0]!.x0;
      const text = segText(seg);
      return starts!.some((cells, k) => k !== i && cells.some((c) => Math.abs(c.x - x) <= LAYOUT.alignX && c.text !== text));
    };
    // two cells starting where another line of the page has cells at both, the second where two
    // other lines or more start a cell: a table's two columns (groff's «Næringsbygg» then a
    // justified «Havnevegen … 3,» under «Forsikring | Forsikringssted», other rows' places there);
    // not where the other line has the same words there (the same address wrapped alike), nor
    // where one line alone starts a cell there (a heading of a second column of the page)
    const columns = (a: Piece[], b: Piece[]) => {
      const at = (cells: { x: number; text: string }[], seg: Piece[]) => {
        const x = seg[0]!.x0;
        const text = segText(seg);
        return cells.some((c) => Math.abs(c.x - x) <= LAYOUT.alignX && c.text !== text);
      };
      let both = false;
      let under = 0;
      for (let k = 0; k < starts!.length; k++) {
        if (k === i || !at(starts![k]!, b)) continue;
        under++;
        both ||= at(starts![k]!, a);
      }
      return both && under >= 2;
    };
    l.segs = joinJustified(l.segs, l.size, column, columns);
  }
}

/** A word in lower case: text, not a figure or a mark («kr 5 000 000», «– 2 G»). */
const WORD = /[a-zß-öø-ÿčđŋšŧž]{3,}/u;
/** How exactly the lines of a justified text block end at its right edge, in points. */
const BLOCK_EDGE = 0.6;

/**
 * groff's text blocks (tbl's «T{ … T}», a wrapped cell) justify every line of the cell but its last
 * to the block's width: a line of two or three words stretched apart («og        midlertidig»,
 * «stilling hos     for-») stands as cells. A run of a line's cells that starts where a cell of
 * two other lines or more starts and ends exactly where those end — each a cell of its own beside
 * others in its line, the block's full lines — is one cell: no column of a table ends inside
 * another's cell; unless a cell of the run after its first starts at a column of the table's header
 * row (`acrossHeader`). (A line of one cell, running text across the page, shows no such block; nor do
 * amounts, or a run without a word.)
 */
function joinBlockLines(raw: RawLine[]): void {
  let spans: { x0: number; x1: number; line: number }[] | null = null;
  const end = (seg: Piece[]) => {
    let x1 = -Infinity;
    for (let j = 0; j < seg.length; j++) x1 = Math.max(x1, seg[j]!.x1);
    return x1;
  };
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.mono || l.segs.length < 2) continue;
    if (!spans) {
      spans = [];
      // (text, not amounts: a column of sums right-aligned in a wider column spans as a block would)
      for (let k = 0; k < raw.length; k++) if (!raw[k]!.mono && raw[k]!.segs.length >= 2) for (const seg of raw[k]!.segs) if (WORD.test(segText(seg))) spans.push({ x0: seg[0]!.x0, x1: end(seg), line: k });
    }
    for (let a = 0; a < l.segs.length - 1; a++) {
      const x0 = l.segs[a]![0]!.x0;
      for (let b = l.segs.length - 1; b > a; b--) {
        const x1 = end(l.segs[b]!);
        const lines = new Set<number>();
        for (const sp of spans) if (sp.line !== i && Math.abs(sp.x0 - x0) <= LAYOUT.alignX && Math.abs(sp.x1 - x1) <= BLOCK_EDGE) lines.add(sp.line);
        if (lines.size < 2 || !WORD.test(l.segs.slice(a, b + 1).map(segText).join(' '))) continue;
        if (acrossHeader(raw, i, l.segs.slice(a + 1, b + 1))) continue;
        const run = l.segs.slice(a, b + 1).flatMap((seg, n) => seg.map((k, m) => (n > 0 && m === 0 ? { ...k, space: true } : k)));
        l.segs.splice(a, b - a + 1, run);
        break;
      }
    }
  }
}

/** How many lines up a block's table header is looked for. */
const BLOCK_HEADER_REACH = 30;

/**
 * Whether a cell of a run after its first starts where a cell of the table's header row above starts: the run's cells
 * are then the header's columns, not a block's words — «Bygning» and «Verkstedvegen» under «Produkt» and
 * «Forsikringssted», though a running head repeated on each page («Bedriftspakke for Hagen Mekaniske») starts and ends
 * where the two do.
 */
function acrossHeader(raw: RawLine[], i: number, rest: Piece[][]): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BLOCK_HEADER_REACH; k--) {
    if (!isHeaderRow(raw[k]!)) continue;
    const starts = raw[k]!.segs.map((seg) => seg[0]!.x0);
    return rest.some((seg) => starts.some((x) => atX(x, seg[0]!.x0)));
  }
  return false;
}

/** The names of a schedule's columns (the vocabulary's), in lower case. */
const HEADER_WORDS = new Set(SCHEDULE_COLUMNS.flatMap(([, words]) => words));

/** A cell's text as it stands (its items' strings, trimmed). */
const segText = (seg: Piece[]) => seg.map((k) => k.str.trim()).join(' ');

/**
 * One line's run of evenly set single words → one cell (see above); not where the words start at
 * columns of other lines of the page (two or more of them): a table's header row whose columns
 * are as wide as their content, set a constant gutter apart, looks justified too.
 */
function joinJustified(segs: Piece[][], size: number, column: (seg: Piece[]) => boolean, columns: (a: Piece[], b: Piece[]) => boolean): Piece[][] {
  if (segs.length < 3) return segs;
  const word = (seg: Piece[]) => !seg.some((k, j) => (j > 0 && k.space) || INNER_SPACE.test(k.str));
  const gapBefore = (i: number) => {
    let x1 = -Infinity;
    for (const k of segs[i - 1]!) x1 = Math.max(x1, k.x1);
    return segs[i]![0]!.x0 - x1;
  };
  const out: Piece[][] = [];
  let i = 0;
  while (i < segs.length) {
    let j = i;
    if (word(segs[i]!)) {
      const g = i + 1 < segs.length ? gapBefore(i + 1) : Infinity;
      while (j + 1 < segs.length && word(segs[j + 1]!) && Math.abs(gapBefore(j + 1) - g) <= LAYOUT.justifiedTolerance * size && g < 4 * size && !columns(segs[i]!, segs[j + 1]!)) j++;
    }
    const run = segs.slice(i, j + 1);
    // (a schedule's header row whose words are its columns' names, «Forsikringssum» «Egenandel»
    // «Pris» set apart by the same runs of spaces — a text file set in a proportional font — is
    // no justified line)
    const header = run.filter((seg) => HEADER_WORDS.has(seg.map((k) => k.str.trim()).join(' ').toLowerCase())).length >= 2;
    // (a justified line stretches every one of its spaces alike: words set the same gap from a cell
    // with ordinary spaces in it are cells of a row beside it — a web page's header row, «Produkt»
    // «Selskap» «Polisenr.» 13 points apart, then «Forsikringssted / objekt» as far on)
    const g = i + 1 < segs.length ? gapBefore(i + 1) : Infinity;
    const besideCell = (n: number, gap: number) => n >= 0 && n < segs.length && !word(segs[n]!) && Math.abs(gap - g) <= LAYOUT.justifiedTolerance * size;
    const rowCells = besideCell(j + 1, j + 1 < segs.length ? gapBefore(j + 1) : Infinity) || besideCell(i - 1, i > 0 ? gapBefore(i) : Infinity);
    if (!header && !rowCells && run.length >= 3 && run.some((seg) => seg.some((k) => LETTER.test(k.str))) && run.filter((seg, n) => n > 0 && column(seg)).length < 2) {
      const merged = run.flatMap((seg, n) => seg.map((k, m) => (n > 0 && m === 0 ? { ...k, space: true } : k)));
      out.push(merged);
    } else if (run.length === 2) {
      // (two cells set apart by a gap of their own: the first stands alone, and the second may begin a justified run —
      // groff's «Forsikringsstad:» 15 points from «Nordre», then «Nordre Kvamsvegen 14, 5600» stretched 12,9 points
      // apart: before, «Nordre» was a cell of its own and the place lost)
      out.push(run[0]!);
      i++;
      continue;
    } else {
      out.push(...run);
    }
    i = j + 1;
  }
  return out;
}

const atX = (a: number, b: number): boolean => Math.abs(a - b) <= LAYOUT.alignX;
/** The left and right edge of a cell's pieces. */
function extent(seg: Piece[]): { x0: number; x1: number } {
  let x1 = -Infinity;
  for (let j = 0; j < seg.length; j++) x1 = Math.max(x1, seg[j]!.x1);
  return { x0: seg[0]!.x0, x1 };
}

/**
 * A justified line of a wrapped cell can stretch its last word more than an em away (groff's tbl
 * text blocks: «Kanalveien» … «8,» over «5068 Bergen»): the word then stands as a cell of its own,
 * between the columns. A cell B of one word right of a cell A is A's stretched word when the line right below
 * goes on under A (a cell starting at A's left edge) and has no other cell under B, its first word too
 * wide to have stood on the line had its spaces been plain ones, and every other line
 * of the table (the lines around, set no further apart than two wrapped lines) of two or more
 * cells with text over B's extent either runs there from A's left edge (A's header,
 * as wide as the column) or is such a line itself (another row's stretched word after the same
 * column's text, wherever the stretch put it) — B has no column of its own.
 */
function joinStretchedWords(raw: RawLine[]): void {
  // left to right, and again until nothing more joins: a row whose cell stretched two words apart
  // («CF» … «40718» … «Ford» over «Ranger 2021») is one cell again before another row's
  // stretched word is judged against it
  for (let pass = 0, joined = true; joined && pass < 4; pass++) {
    joined = false;
    for (let i = 0; i < raw.length; i++) joined = joinLine(raw, i) || joined;
  }
}

/** Line i's cell n (n ≥ 1) looks like a stretched word of cell n − 1 (condition (a) of joinStretchedWords). */
function looks(raw: RawLine[], i: number, n: number): boolean {
  const l = raw[i]!;
  const below = raw[i + 1];
  // (at a wrapped line's pitch: a paragraph set further below is not the cell going on)
  if (!below || l.mono || l.y - below.y > LAYOUT.wrapLeading * l.size) return false;
  // one word: a justified line stretches the spaces between words; a cell of several words
  // kept together is text set as a cell
  const word = l.segs[n]!;
  if (word.length > 1 || INNER_SPACE.test(word[0]!.str)) return false;
  // (a field's label with its value after it, right of a value that wrapped: labelled fields set
  // side by side, «Nordvik Trelast» over «AS», then «Forsikringsnummer:» and «81 552 907»)
  if (n + 1 < l.segs.length && LABEL_ONLY.test(word[0]!.str.trim())) return false;
  // (a sum's form with the row's figures after it, «Maskinhus/reiskapshus» … «Fullverdi» | «1.950.000»: the
  // «Forsikringsform» column's cell of a row set as a table of its own, not a justified line's last word)
  if (n + 1 < l.segs.length && SUM_FORM_WORD(word[0]!.str) && amountCell(segText(l.segs[n + 1]!))) return false;
  const a = extent(l.segs[n - 1]!);
  const b = extent(word);
  const after = n + 1 < l.segs.length ? l.segs[n + 1]![0]!.x0 : Infinity;
  let under: Piece[] | undefined;
  for (let m = 0; m < below.segs.length; m++) {
    const seg = below.segs[m]!;
    const e = extent(seg);
    // (a line under A that runs on under the cell after B is no wrapped line of A's: a cell's lines stay in its
    // column — LibreOffice's «Skibsviga 3» «Hus» «Fullverdi» …, each row a table of its own, over the address set
    // as a paragraph under it, «Gnr 19 Bnr 7, 4580 Lyngdal», across «Hus» and on under «Fullverdi»)
    if (atX(e.x0, a.x0)) {
      if (e.x1 > after) return false;
      under = seg;
    }
    // (unless the line below is stretched too, its own last word under B: groff's «Fullverdi …
    // (pre-» over «miegrunnlag … 284» over «300 000)»)
    else if (e.x0 < b.x1 + LAYOUT.alignX && e.x1 > b.x0 - LAYOUT.alignX && !(under !== undefined && below.segs[m - 1] === under && looks(raw, i + 1, m))) return false;
  }
  if (!under) return false;
  // a word broken at the line's end («Fjellve-» over «gen 2, 3580 Geilo»): the line below goes
  // on with it, whatever room the stretch left
  if (HYPHEN_END.test(word[0]!.str) && LOWER_START.test(under[0]!.str.trimStart())) return true;
  // and the line was full: A and B set with plain spaces, the next line's first word would not
  // have fitted beside them within the width they are stretched to
  const space = SPACE_EM * l.size;
  return a.x1 - a.x0 + space + (b.x1 - b.x0) + space + firstWordWidth(under) > b.x1 - a.x0;
}

/** Joins line i's stretched words to the cells they belong to; true when one was joined. */
function joinLine(raw: RawLine[], i: number): boolean {
  const l = raw[i]!;
  let joined = false;
  for (let n = 1; n < l.segs.length; n++) {
    if (!looks(raw, i, n)) continue;
    const a = extent(l.segs[n - 1]!);
    const b = extent(l.segs[n]!);
    // the table: the lines around, none further than two wrapped lines' pitch from the next
    const gap = 2 * (l.y - raw[i + 1]!.y);
    // (a line of one cell running across the column and on past B — a note between the rows —
    // ends the table there: the rows past it may be another table's, set at other columns)
    const across = (k: number) => raw[k]!.segs.length === 1 && extent(raw[k]!.segs[0]!).x0 <= a.x0 + LAYOUT.alignX && extent(raw[k]!.segs[0]!).x1 > b.x1;
    let top = i;
    while (top > 0 && raw[top - 1]!.y - raw[top]!.y <= gap && !across(top - 1)) top--;
    let bottom = i + 1;
    while (bottom + 1 < raw.length && raw[bottom]!.y - raw[bottom + 1]!.y <= gap && !across(bottom + 1)) bottom++;
    let own = false;
    for (let k = top; k <= bottom && !own; k++) {
      // (a line of one cell is running text, or a wrapped line: not a column of the table)
      if (k === i || raw[k]!.segs.length < 2) continue;
      const segs = raw[k]!.segs;
      for (let m = 0; m < segs.length && !own; m++) {
        const e = extent(segs[m]!);
        if (!(e.x0 < b.x1 && e.x1 > b.x0) || atX(e.x0, a.x0)) continue;
        // (another row's stretched word, wherever its stretch put it: groff's «Lagervegen … 9,» over
        // «7080 Heimdal» and «CF 40718 … Ford» over «Ranger 2021»; or a row of the next table, set
        // 10 points left after a note line between the rows, with its own «Haugevegen … 16,»)
        // (but a word that starts where B starts and ends elsewhere is no word stretched to the
        // block's right edge, where every stretched word of the column ends: B and it are a
        // column's left-aligned cells — groff's «Næringsbygg» and «Driftsløsøre» beside a wrapped
        // «Storgata 114,» in every row, under the header's «Forsikring»)
        own = !(m >= 1 && looks(raw, k, m)) || (atX(e.x0, b.x0) && Math.abs(e.x1 - b.x1) > BLOCK_EDGE);
      }
    }
    if (own) continue;
    const word = l.segs[n]!;
    word[0] = { ...word[0]!, space: true };
    l.segs.splice(n - 1, 2, [...l.segs[n - 1]!, ...word]);
    n--;
    joined = true;
  }
  return joined;
}

/**
 * The width of a cell's first word (for the room test), across items: some tools set every glyph
 * or every syllable as an item of its own, so the word ends at the first space, not at the end of
 * the first item.
 */
function firstWordWidth(pieces: Piece[]): number {
  const x0 = pieces[0]!.x0;
  for (let i = 0; i < pieces.length; i++) {
    const k = pieces[i]!;
    const inner = k.str.trimStart();
    if (BREAK_SPACE.test(inner.trimEnd()) || (i > 0 && k.space && inner !== '')) {
      // the word ends inside this item, or before it
      if (i > 0 && k.space) return pieces[i - 1]!.x1 - x0;
      const cut = inner.search(BREAK_SPACE); // (the first word, without splitting the whole text)
      return k.x0 + wordWidth(k.item, cut < 0 ? inner : inner.slice(0, cut)) - x0;
    }
    if (ENDS_SPACE.test(k.str)) return k.x1 - x0;
  }
  return pieces[pieces.length - 1]!.x1 - x0;
}

/** An item that is an amount with its label before it and nothing else: «sum 880 000», «egenandel 10 000», «premie kr 9 140». */
const LABELLED_AMOUNT = /^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.]*(?: [A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.]*){0,2} (?:kr\.? ?|nok ?)?\d{1,3}(?:[ \u00a0.]\d{3})*(?:,(?:\d{2}|-))?$/iu;

/**
 * A table of one row set with narrow padding (LibreOffice: 5 to 7 points between cells), its
 * amounts each with its label («Arbeidsmaskin | Gravemaskin Kubota KX060-5 2022 | sum 880 000 |
 * egenandel 10 000 | premie 9 140»): no other line shows its columns. Where every gap between a
 * cell's items is at least `softCellGap`, two of its items or more are such labelled amounts and
 * none is a bare figure or currency, each item is a cell. Running text puts a space between its
 * words, and its items are no amounts with their labels; a justified line's stretched «kr» «5»
 * «900» are parts of one amount.
 */
function splitLabelledAmounts(raw: RawLine[]): void {
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.mono || !l.segs.some((seg) => itemCells(seg, l.size))) continue;
    const out: Piece[][] = [];
    for (let n = 0; n < l.segs.length; n++) {
      const seg = l.segs[n]!;
      if (itemCells(seg, l.size)) for (let j = 0; j < seg.length; j++) out.push([{ ...seg[j]!, space: false }]);
      else out.push(seg);
    }
    l.segs = out;
  }
}

/**
 * Amounts in kroner that are items of their own, each with its own «kr» («350 000 kr» 3 points from «10 000 kr»,
 * «1 400 000 kr» 8 points from «4 000 kr»), are cells of a table's row however close its narrow padding sets
 * them: one amount carries one currency word, and running text puts a word between two amounts. A row set
 * alone (a word processor's table of one row, or rows each a table of its own, so that no other line shows
 * the columns) would otherwise read as one cell, its sum, deductible and premium run together. Only gaps
 * wider than a space (`paddedCellGap`) split: an amount broken into items at its own spaces («1 400» «000 kr»)
 * has one «kr» between its parts, and «kr 74 600» over «000,-» none after the first.
 */
function splitKronerItems(raw: RawLine[]): void {
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.mono) continue;
    // (a word right before such an amount — «Fullverdi» 3 points from «10 000 kr» — is a cell of its own too where the
    // line holds another: a row of a table, its sum's form beside the deductible — not a figure's label, «Forsikringssum»
    // with its «kr 9 800 000», a field of its own)
    let kroner = 0;
    for (const seg of l.segs) for (const k of seg) if (KRONER_ONLY.test(k.str.trim())) kroner++;
    let split = false;
    const out: Piece[][] = [];
    for (const seg of l.segs) {
      let cur: Piece[] = [];
      for (let j = 0; j < seg.length; j++) {
        const k = seg[j]!;
        if (j > 0 && k.gap >= LAYOUT.paddedCellGap * l.size && KRONER_ONLY.test(k.str.trim()) && (KRONER_ONLY.test(seg[j - 1]!.str.trim()) || (NO_FIGURE.test(seg[j - 1]!.str) && !HEADER_WORDS.has(seg[j - 1]!.str.trim().toLowerCase()) && kroner >= 2))) {
          out.push(cur);
          cur = [];
          split = true;
          cur.push({ ...k, space: false });
          continue;
        }
        cur.push(k);
      }
      out.push(cur);
    }
    if (split) l.segs = out;
  }
}

/**
 * A row whose figures after the first are cells of their own («Vestvik skule 212 500 000» | «50 000» | «318 750»):
 * its first figure, a whole amount set as an item of its own after the row's name more than half an em away
 * (`softCellGap`), is a cell too. LibreOffice prints a table whose rows each are a table of their own: no other line
 * shows the row's columns, and the sum ran into the name — the name column read «Vestvik skule 212 500 000» and the
 * row lost its sum. Running text sets a word space (0,28 em) before an amount, and puts no two amounts after it
 * each standing alone.
 */
function splitFirstFigure(raw: RawLine[]): void {
  splitLastItem(raw, (str) => WHOLE_AMOUNT.test(str.trim()));
}

/**
 * The first cell's last item made a cell of its own where it is what `isCell` says, more than half an em after the name
 * (`softCellGap`), in a line whose other cells — two or more — are each a whole amount: splitFirstFigure, splitSumForm.
 */
function splitLastItem(raw: RawLine[], isCell: (str: string) => boolean): void {
  for (const l of raw) {
    if (l.mono || l.segs.length < 3) continue;
    // (the cells after the first: two or more, each a whole amount — also with «kr» after it, «10 000 kr» | «1 204 kr»)
    if (!l.segs.slice(1).every((seg) => amountCell(segText(seg)))) continue;
    const seg = l.segs[0]!;
    const j = seg.length - 1;
    if (j < 1 || !isCell(seg[j]!.str) || seg[j]!.gap < LAYOUT.softCellGap * l.size) continue;
    // (the text before it a name: words, no figure in its last item)
    if (!NO_FIGURE.test(seg[j - 1]!.str) || !LETTER.test(seg[j - 1]!.str)) continue;
    l.segs = [seg.slice(0, j), [{ ...seg[j]!, space: false }], ...l.segs.slice(1)];
  }
}

/**
 * A row whose figures are cells of their own, with the sum's form set as an item of its own after the row's name
 * («Driftsbygning – fjøs og låve» 6 points from «Fullverdi», then «11.600.000» | «20.000» | «23.780»): the form is a
 * cell of its own — the table's «Forsikringsform» column (also «Førsterisiko», «Markedsverdi»). LibreOffice prints
 * rows each as a table of their own, padded by a few points: no other line shows where the form's column starts, so
 * the name read «Driftsbygning – fjøs og låve Fullverdi», the row was a cell short and its figures a column off (the
 * deductible read as the sum). Only more than half an em away (`softCellGap`; a word space is 0,28 em) and only a
 * form word alone: «Bygning fullverdi» in one item is a name.
 */
function splitSumForm(raw: RawLine[]): void {
  splitLastItem(raw, SUM_FORM_WORD);
}
/** A sum's form as a schedule's «Forsikringsform» cell holds it: a value basis or a first-risk sum. */
const SUM_FORM_WORD = (s: string) => {
  const t = s.trim();
  return VALUE_BASIS_WORDS.includes(t.toLowerCase()) || FIRST_RISK_ALONE.test(t);
};
const FIRST_RISK_ALONE = new RegExp(String.raw`^${FIRST_RISK_WORD}\.?$`, 'i');

/**
 * A table's header row set as a table of its own with narrow padding (LibreOffice from HTML: the header's cells 4 to 6
 * points apart, sized by their words, so no row under it lines up with them): a line of words without a figure, three
 * items or more of which are names of a schedule's columns («Forsikring» «Forsikringssted» «Forsikringssum» «Egenandel»
 * «Pris per år»), is split at every gap wider than `tightCellGap` next to such a name, and at every gap of `softCellGap`
 * («Bygning / forsikringsstad» 6 points from «Form»), where the first row under it has as many cells. Running text is no list of column names, and a heading that names
 * two («Forsikringssum og egenandel») has its words in one item.
 */
function splitHeaderNames(raw: RawLine[]): void {
  // (a name of a few words that ends in a column's word is a column's name too: «Fast egenandel», «Bevegelig egenandel»)
  const name = (k: Piece) => {
    const t = k.str.trim().toLowerCase();
    return HEADER_WORDS.has(t) || (/^[a-zæøå]+ [a-zæøå]+$/.test(t) && HEADER_WORDS.has(t.slice(t.indexOf(' ') + 1)));
  };
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.mono) continue;
    // (where a cell of the row under it starts: a name set there, however tight, begins that cell's column —
    // «Forsikringssum» 3 points from «Fast egenandel» over «40 000 kr» | «2 100 kr» at the name's x)
    const starts: number[] = [];
    for (let k = i + 1; k < raw.length && k <= i + HEADER_ROW_REACH && starts.length === 0; k++) if (raw[k]!.segs.length >= 2) for (const seg of raw[k]!.segs) starts.push(seg[0]!.x0);
    const atStart = (k: Piece) => starts.some((x) => Math.abs(x - k.x0) <= LAYOUT.alignX);
    let names = 0;
    let figure = false;
    for (const seg of l.segs) for (const k of seg) {
      if (name(k)) names++;
      if (!NO_FIGURE.test(k.str)) figure = true;
    }
    if (names < 3 || figure) continue;
    const out: Piece[][] = [];
    for (const seg of l.segs) {
      let cur: Piece[] = [];
      for (let j = 0; j < seg.length; j++) {
        const k = seg[j]!;
        const tight = k.gap >= LAYOUT.tightCellGap * l.size || (k.gap >= LAYOUT.paddedCellGap * l.size && atStart(k));
        if (j > 0 && (k.gap >= LAYOUT.softCellGap * l.size || (tight && (name(k) || name(seg[j - 1]!))))) {
          out.push(cur);
          cur = [{ ...k, space: false }];
          continue;
        }
        cur.push(k);
      }
      out.push(cur);
    }
    // (only over rows of as many cells — the first line under it of two or more: names as far apart over a table of
    // another number of columns stay one line of text, which columns they are being a guess)
    let below: RawLine | undefined;
    for (let k = i + 1; k < raw.length && k <= i + HEADER_ROW_REACH && !below; k++) if (raw[k]!.segs.length >= 2) below = raw[k];
    if (below !== undefined && below.segs.length === out.length) l.segs = out;
  }
}
/**
 * A row set as a table of its own under a header row, each cell one item, padded so narrowly that no gap reaches
 * `softCellGap` everywhere (LibreOffice sizes every row's table by its text: «Mazda 2 1.5» «Delkasko» «50 %» «8 000 km»
 * «kr 4 000» 3 to 7 points apart under «Kjøretøy | Dekning | Bonus | Kjørelengde | Egenandel | Pris per år», the rows
 * above at other x): where the line has as many items as the header has cells, every gap between them wider than a
 * space (`paddedCellGap`), its first item at the header's first cell and figures in two of them or more, each item is
 * a cell. Before, the row read «Mazda 2 1.5 Delkasko 50 % 8 000 km kr 4 000» as its name — a vehicle without its
 * cover, deductible or plate. Running text sets its words a space apart, and a line of words of one font is one item.
 */
function splitItemsUnderHeader(raw: RawLine[]): void {
  for (let i = 1; i < raw.length; i++) {
    const l = raw[i]!;
    if (l.mono) continue;
    const h = headerOver(raw, i);
    if (!h || l.segs.length >= h.segs.length) continue;
    const items = l.segs.flat();
    if (items.length !== h.segs.length) continue;
    if (Math.abs(items[0]!.x0 - h.segs[0]![0]!.x0) > LAYOUT.alignX || !LETTER.test(items[0]!.str)) continue;
    let figures = 0;
    let apart = true;
    for (let j = 0; j < items.length && apart; j++) {
      if (!NO_FIGURE.test(items[j]!.str)) figures++;
      if (j > 0) apart = items[j]!.gap >= LAYOUT.paddedCellGap * l.size;
    }
    if (!apart || figures < 2) continue;
    l.segs = items.map((k) => [{ ...k, space: false }]);
  }
}

/**
 * The header row (isHeaderRow) of the table line `i` is in: up to HEADER_OVER lines above, each within `tableGap` × font
 * size of the next.
 */
function headerOver(raw: RawLine[], i: number): RawLine | undefined {
  for (let k = i - 1; k >= 0 && k >= i - HEADER_OVER; k--) {
    const q = raw[k]!;
    if (q.mono || q.y - raw[k + 1]!.y > LAYOUT.tableGap * raw[k + 1]!.size) return undefined;
    if (isHeaderRow(q)) return q;
  }
  return undefined;
}
/** How many lines above a row its header row is looked for (a row or two, each with a note line under it). */
const HEADER_OVER = 6;

/** How many lines under a header row split at its names the first row is looked for (a group's title between). */
const HEADER_ROW_REACH = 3;

/** A bare figure or currency: a part of an amount set as an item of its own (a justified line's «kr» «5» «900»). */
const AMOUNT_PART = /^(?:kr\.?|nok|[-+−]?\d{1,3}(?:,\d+|,-)?)$/i;

/** A cell whose items are cells of a table of one row (see splitLabelledAmounts). */
function itemCells(seg: Piece[], size: number): boolean {
  if (seg.length < 3) return false;
  let labelled = 0;
  for (let j = 0; j < seg.length; j++) {
    const k = seg[j]!;
    const text = k.str.trim();
    if ((j > 0 && k.gap < LAYOUT.softCellGap * size) || AMOUNT_PART.test(text)) return false;
    if (LABELLED_AMOUNT.test(text)) labelled++;
  }
  return labelled >= 2;
}

/** An item that is a field's label and nothing else («Forsikringsnummer:»). */
const LABEL_ONLY = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.\/ -]{1,40}:$/u;
/** An item that begins with a field's label: a capital, words, and «:» («Hovedforfall:», «Org.nr.: 914 337 208»). */
const LABEL_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.\/ -]{1,40}:(?:\s|$)/u;
/** Text that ends with a label's colon (its value is still to come). */
const COLON_END = /:$/;
/** A heading in capitals, a word or a few: «HUSFORSIKRING», «INNBOFORSIKRING», «BIL – KASKO». */
const CAPS_HEADING = /^[A-ZÆØÅ]{4,}(?:[ –-]+[A-ZÆØÅ]{2,}){0,3}$/;
/** A word with a capital and then small letters: «Vilkår», «Dekningsnivå». */
const MIXED_CASE_START = /^[A-ZÆØÅ][a-zæøå]/;
/** The narrowest gap before a label that begins another field, × font size: wider than a plain space (0,28 em). */
const FIELD_GAP = 0.3;

/**
 * Labelled fields set side by side (a certificate's header: «Org.nr.: 914 337 208» and
 * «Hovedforfall: 01.04.2025» on one line), set closer than `cellGap`: word processors pad a
 * table's cells by 1,5 points, so a value stands 3 points from the next field's label, and the two
 * fields would be one cell («914 337 208 Hovedforfall:»). A gap wider than a plain space before an
 * item that begins with a label («Hovedforfall:») is a cell boundary where the line has a label
 * before it, and the text right before the gap is a value (not a label waiting for its own).
 * Running text seldom has two labels on a line, and never a gap wider than its spaces before one;
 * a justified line stretches all its spaces alike (the gap must be half as wide again as the line's
 * gaps between items, but for those before a label and after one).
 */
function splitFieldPairs(raw: RawLine[]): void {
  let right = -Infinity;
  for (let i = 0; i < raw.length; i++) for (const seg of raw[i]!.segs) for (const k of seg) right = Math.max(right, k.x1);
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    // (a line filled to the text's right edge, a line right below it, wraps: its fields are split once its lines are joined,
    // src/parse/source.ts cellsAtFieldLabels — split here, the next line would go on in its first cell)
    const next = raw[i + 1];
    if (l.mono || (lineEnd(l) >= right - l.size && !!next && l.y - next.y <= LAYOUT.wrapLeading * l.size)) continue;
    let labelled = false;
    // (the gaps between the line's items inside its cells: a justified line's are stretched alike,
    // the one before a label among them — groff's «… Tromsø» 8 points from «Forsikringssum:»)
    const gaps: number[] = [];
    for (let n = 0; n < l.segs.length; n++) {
      for (let j = 1; j < l.segs[n]!.length; j++) {
        const k = l.segs[n]![j]!;
        // (not a label's gap to its value, nor the gap before a label)
        if (k.gap >= LAYOUT.wordGap * l.size && !LABEL_START.test(k.str.trimStart()) && !COLON_END.test(l.segs[n]![j - 1]!.str.trimEnd())) gaps.push(k.gap);
      }
    }
    const apart = (k: Piece) => gaps.every((g) => g * 1.5 < k.gap);
    const out: Piece[][] = [];
    for (let n = 0; n < l.segs.length; n++) {
      const seg = l.segs[n]!;
      let cur: Piece[] = [];
      for (let j = 0; j < seg.length; j++) {
        const k = seg[j]!;
        const label = LABEL_START.test(k.str.trimStart());
        // (or right after a heading in capitals: «HUSFORSIKRING» 4 points from «Dekningsnivå: Pluss», the product's heading and
        // its cover level side by side — one cell, the heading was no heading and its table's rows lost their product)
        const head = !labelled && CAPS_HEADING.test(cur.map((p) => p.str).join(' ').trim());
        // (and a heading in capitals 4 points from the product's terms in lower case, «NÆRINGSBYGG» · «Vilkår NB-2023,
        // Fullverdi»: set apart wider than a space, two cells — joined, the terms were part of the product's name)
        const termsBeside = head && j > 0 && MIXED_CASE_START.test(k.str.trimStart()) && k.gap >= LAYOUT.tightCellGap * l.size && gaps.every((g) => g === k.gap || g * 1.5 < k.gap);
        if (termsBeside || (j > 0 && label && (labelled || head) && k.gap > FIELD_GAP * l.size && !COLON_END.test(seg[j - 1]!.str.trimEnd()) && apart(k))) {
          out.push(cur);
          cur = [];
          k.space = false;
        }
        if (label) labelled = true;
        cur.push(k);
      }
      out.push(cur);
    }
    if (out.length !== l.segs.length) l.segs = out;
  }
}

/** Where a raw line's text ends. */
function lineEnd(l: RawLine): number {
  let x1 = -Infinity;
  for (const seg of l.segs) for (const k of seg) x1 = Math.max(x1, k.x1);
  return x1;
}

/** The most lines of one cell (a group's title, «Forsikringssted: …») between a header row and its table's first row. */
const GROUP_LINES = 2;
/** The furthest a table's first row stands below its header row, × font size (a group's title between them). */
const HEADER_ROW_GAP = 4;

/**
 * A table's header row set as a table of its own over its rows (a word processor sizes each
 * table's columns by their content: the header's «Forsikring» 5 points from «Forsikringssum», the
 * rows' columns at other x, a group's title «Forsikringssted: Storgata 41, …» between them): no
 * other line shows its columns. Where its words are three items or more, none with a figure, each
 * at least `softCellGap` from the one before (wider than any space), and the first row of a table
 * below it (up to GROUP_LINES one-cell lines between, within HEADER_ROW_GAP × font size) has as
 * many cells (or items as far apart: its own columns may show nowhere else), figures among them, its first at the x of the header's first word, each item is a
 * cell. Running text puts a space between its words; a justified line's stretched words have no
 * table of as many columns under them.
 */
function splitHeaderOverRows(raw: RawLine[]): void {
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    const seg = l.segs[0]!;
    if (l.mono || l.segs.length !== 1 || seg.length < 3) continue;
    let words = true;
    for (let j = 0; j < seg.length && words; j++) words = NO_FIGURE.test(seg[j]!.str) && LETTER.test(seg[j]!.str) && (j === 0 || seg[j]!.gap >= LAYOUT.softCellGap * l.size);
    if (!words) continue;
    const row = rowBelow(raw, i);
    if (!row || softCells(row) !== seg.length || Math.abs(row.segs[0]![0]!.x0 - seg[0]!.x0) > LAYOUT.alignX) continue;
    if (!row.segs.some((cell) => cell.some((k) => !NO_FIGURE.test(k.str)))) continue;
    l.segs = seg.map((k) => [{ ...k, space: false }]);
  }
}

/** A line's cells, counting its gaps of `softCellGap` inside cells as boundaries too (its columns may not be known yet). */
function softCells(l: RawLine): number {
  let n = l.segs.length;
  for (const seg of l.segs) for (let j = 1; j < seg.length; j++) if (seg[j]!.gap >= LAYOUT.softCellGap * l.size) n++;
  return n;
}

/** The first line of two cells or more below line `i`, past up to GROUP_LINES one-cell lines, within HEADER_ROW_GAP × font size. */
function rowBelow(raw: RawLine[], i: number): RawLine | undefined {
  const l = raw[i]!;
  for (let n = i + 1; n < raw.length && n <= i + 1 + GROUP_LINES && l.y - raw[n]!.y <= HEADER_ROW_GAP * l.size; n++) {
    if (raw[n]!.mono) return undefined;
    if (raw[n]!.segs.length >= 2) return raw[n];
  }
  return undefined;
}

/** A text item in a physical line: `gap` to the item before it, `space` when a space goes between. */
interface Piece {
  item: TextItem;
  x0: number;
  x1: number;
  str: string;
  gap: number;
  space: boolean;
}

/**
 * Cells set closer than `cellGap` (tables with narrow padding: the text of one cell runs to within
 * less than an em of the next): in a table — the line, or a line right above or below it, has two
 * or more cells — a gap of at least `softCellGap` × font size is a cell boundary too where two or
 * more other lines of the page show a column edge there: a cell starting at the x of the text after
 * the gap (left-aligned columns), or text ending at the x where the text before the gap ends
 * (right-aligned columns: amounts set against their column's right edge; there a gap of
 * `tightCellGap` is enough: word processors pad cells by 2 points, and a right-aligned header
 * stands 3 to 4 points from the next) — unless the line's other gaps are as wide (stretched spaces
 * of a justified line).
 */
function splitAtColumns(raw: RawLine[]): void {
  let edges: ColumnEdges | null = null;
  let padded: PaddedGap[] | null = null;
  /** The table's header row above the line (-1: none), followed down line by line (see headerAbove). */
  let hdr = -1;
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (i > 0) hdr = headerAbove(raw, i, hdr);
    if (l.mono) continue;
    const soft = LAYOUT.paddedCellGap * l.size;
    // most lines have no gap that could be a cell boundary: nothing to do
    let candidate = false;
    for (let iSeg = 0; iSeg < l.segs.length; iSeg++) { const seg = l.segs[iSeg]!; for (let j = 1; j < seg.length && !candidate; j++) candidate = seg[j]!.gap >= soft; }
    if (!candidate) continue;
    edges ??= columnEdges(raw);
    padded ??= paddedGaps(raw);
    if (edges.starts.length === 0 && edges.ends.length === 0 && padded.length === 0) return;
    const reach = LAYOUT.wrapLeading * 2 * l.size;
    const near = (step: number) => {
      for (let j = i + step; j >= 0 && j < raw.length && Math.abs(raw[j]!.y - l.y) <= reach; j += step) if (raw[j]!.segs.length >= 2) return true;
      return false;
    };
    if (l.segs.length < 2 && !near(-1) && !near(1)) continue;
    // the cells of the line right below, split at its gaps of `softCellGap` too (a header row over
    // a table of one row)
    const below: Adjacent = { starts: [], ends: [] };
    const o = raw[i + 1];
    if (o && !o.mono && l.y - o.y <= reach && o.segs.length >= 2) {
      for (let n = 0; n < o.segs.length; n++) {
        const cell = o.segs[n]!;
        for (let j = 0; j < cell.length; j++) {
          if (j > 0 && cell[j]!.gap < LAYOUT.softCellGap * o.size) continue;
          if (j > 0 || n > 0) below.ends.push(cell[j - 1]?.x1 ?? o.segs[n - 1]![o.segs[n - 1]!.length - 1]!.x1);
          below.starts.push(cell[j]!.x0);
        }
      }
      below.ends.push(o.segs[o.segs.length - 1]![o.segs[o.segs.length - 1]!.length - 1]!.x1);
    }
    const above = hdr >= 0 ? headerEdges(raw[hdr]!) : NO_HEADER;
    // the cells of the row right above, as split already (see splitSeg: a row set as close as the one above it) — the
    // nearest line above within `reach` whose first cell starts where this line's does, past its wrapped lines
    let upper: number[] = [];
    for (let n = i - 1; n >= 0 && raw[n]!.y - l.y <= reach; n--) {
      const up = raw[n]!;
      if (up.mono || Math.abs(up.segs[0]![0]!.x0 - l.segs[0]![0]!.x0) > LAYOUT.alignX) continue;
      if (up.segs.length >= 3) upper = up.segs.map((cell) => cell[0]!.x0);
      break;
    }
    let words = true;
    for (let n = 0; n < l.segs.length && words; n++) for (let j = 0; j < l.segs[n]!.length && words; j++) words = NO_FIGURE.test(l.segs[n]![j]!.str);
    const out: Piece[][] = [];
    for (let iSeg = 0; iSeg < l.segs.length; iSeg++) {
      const next = l.segs[iSeg + 1]?.[0]!.x0 ?? Infinity;
      out.push(...splitSeg(l.segs[iSeg]!, i, l.size, { ...edges, padded }, below, above, words, (a, b, x0) => crossed(raw, i, reach, a, b, x0, next), l.segs.length === 1, upper));
    }
    l.segs = out;
  }
}

/**
 * An amount that is the whole of an item, with its currency or its digit groups: «kr 4 150 000»,
 * «NOK 10 000», «15 000» (not «980» or «2024»: a figure of its own may be a part of a number).
 */
const WHOLE_AMOUNT = /^(?:(?:kr\.?|nok)\s?\d{1,3}(?:[ \u00a0.]\d{3})*|\d{1,3}(?:[ \u00a0.]\d{3})+)(?:,(?:\d{2}|-))?$/i;
/** A cell that is an amount as a row's figure cells hold it, its currency before it or after it («10 000 kr», «1 204 kr»). */
const amountCell = (text: string): boolean => WHOLE_AMOUNT.test(text) || KRONER_ONLY.test(text);

/** A cell of a header row: text, no figure (an amount, a date, a number) in it. */
const NO_FIGURE = /^[^\d]+$/;

/** The most lines between a table's header row and a row of it that splits at the header's cells. */
const HEADER_REACH = 40;
/** A year as a column's header («2023», «2024»). */
const YEAR = /^(?:19|20)\d\d$/;

/** The cells' edges of a table's header row (see headerAbove). */
interface HeaderEdges {
  /** The left edges of its cells after the first. */
  starts: number[];
  /** The right edges of its cells after the first. */
  ends: number[];
}

const NO_HEADER: HeaderEdges = { starts: [], ends: [] };

/**
 * The table's header row above line `i` (three or more cells, none with a figure but a year; the
 * lines between it and line `i` each within two wrapped lines' distance of the next, at most
 * HEADER_REACH lines up), from `hdr`, the one above line `i − 1` — its cells split already: a table
 * of one or two rows set with narrow padding («Styreansvar» 4,7 points from «5 000 000», a
 * right-aligned «20 000» 5 points from the «214 800» of a column whose header is set left, «7,5 %»
 * right-aligned under «2023» 4 points from «2,8 %») shows its columns only there.
 */
function headerAbove(raw: RawLine[], i: number, hdr: number): number {
  const q = raw[i - 1]!;
  if (q.y - raw[i]!.y > LAYOUT.wrapLeading * 2 * raw[i]!.size || q.mono) return -1;
  if (isHeaderRow(q)) return i - 1;
  return hdr >= 0 && i - hdr <= HEADER_REACH ? hdr : -1;
}

/** The edges of a header row's cells after the first. */
function headerEdges(h: RawLine): HeaderEdges {
  const out: HeaderEdges = { starts: [], ends: [] };
  for (let n = 1; n < h.segs.length; n++) {
    const cell = h.segs[n]!;
    let x1 = -Infinity;
    for (let j = 0; j < cell.length; j++) x1 = Math.max(x1, cell[j]!.x1);
    out.starts.push(cell[0]!.x0);
    out.ends.push(x1);
  }
  return out;
}

/** Three or more cells, none with a figure in it but a year, one at least of words: a table's header row. */
function isHeaderRow(h: RawLine): boolean {
  if (h.segs.length < 3) return false;
  let words = 0;
  for (let n = 0; n < h.segs.length; n++) {
    const cell = h.segs[n]!;
    let text = '';
    for (let j = 0; j < cell.length; j++) text += cell[j]!.str;
    // (a cell of punctuation alone is a stretched word of a wrapped line: groff's «sikringssted» … «-»)
    if (NO_FIGURE.test(text) && LETTER.test(text)) words++;
    else if (!YEAR.test(text.trim())) return false;
  }
  return words > 0;
}

/** The left and right edges of the cells of a line, in order. */
interface Adjacent {
  starts: number[];
  ends: number[];
}

/** Where the page's cells start and where text before a narrow gap (or a cell) ends, by line. */
interface ColumnEdges {
  /** Cells' left edges. */
  starts: { x: number; line: number }[];
  /** Text after a gap of `softCellGap` inside a cell (perhaps a cell of its own). */
  softStarts: { x: number; line: number }[];
  /** Cells' right edges, and text's before a gap of `softCellGap` inside a cell (`soft`). */
  ends: { x: number; line: number; soft?: boolean }[];
  /** The right edges of the last cells of lines of two cells or more (a right-aligned last column's). */
  lastEnds: { x: number; line: number }[];
}

function columnEdges(raw: RawLine[]): ColumnEdges {
  // the cells after a line's first, and a first cell right of the page's margin (a table's
  // header row whose first column is empty)
  let margin = Infinity;
  for (let k = 0; k < raw.length; k++) margin = Math.min(margin, raw[k]!.segs[0]![0]!.x0);
  const starts: { x: number; line: number }[] = [];
  const softStarts: { x: number; line: number }[] = [];
  const ends: { x: number; line: number; soft?: boolean }[] = [];
  const lastEnds: { x: number; line: number }[] = [];
  for (let k = 0; k < raw.length; k++) {
    const { segs, size } = raw[k]!;
    const from = segs.length > 1 && segs[0]![0]!.x0 > margin + LAYOUT.emptyColumn * size ? 0 : 1;
    for (let n = from; n < segs.length; n++) starts.push({ x: segs[n]![0]!.x0, line: k });
    for (let n = 0; n < segs.length; n++) {
      const seg = segs[n]!;
      let x1 = -Infinity;
      for (let j = 0; j < seg.length; j++) {
        if (j > 0 && !raw[k]!.mono && seg[j]!.gap >= LAYOUT.softCellGap * size) {
          ends.push({ x: x1, line: k, soft: true });
          softStarts.push({ x: seg[j]!.x0, line: k });
        }
        x1 = Math.max(x1, seg[j]!.x1);
      }
      if (n < segs.length - 1) ends.push({ x: x1, line: k });
      else if (n > 0) lastEnds.push({ x: x1, line: k });
    }
  }
  return { starts, softStarts, ends, lastEnds };
}

/**
 * A cell's pieces split at its gaps that are column edges (see splitAtColumns). `below`: the cells'
 * edges of the line right below (a header row over a table of one row); `above`: the cells' starts of
 * the table's header row above (a table of one row under its header, see headerEdges); `words`: the
 * line has no figure in it (a header row).
 */
function splitSeg(seg: Piece[], line: number, size: number, edges: ColumnEdges & { padded: PaddedGap[] }, below: Adjacent, above: HeaderEdges, words: boolean, spanned: (a: number, b: number, x0: number) => boolean, lone = false, upper: readonly number[] = []): Piece[][] {
  // the gaps at a column edge: a cell starting at the x after it on two other lines (on one, when
  // more lines have the same gap there), or text ending at the x before it (narrower than
  // `softCellGap` only there: a right-aligned header over its amounts, set close to the next
  // column's header)
  const atEdge: boolean[] = [];
  // at an edge that cells of other lines show (not only the same gap in lines that read alike: a
  // justified line in a narrow column, repeated row after row)
  const hard: boolean[] = [];
  const at = (a: number | undefined, x: number) => a !== undefined && Math.abs(a - x) <= LAYOUT.alignX;
  let x1 = -Infinity;
  let wide = 0;
  let besideBelow = 0;
  /** The boundary of the line below (between its cells b − 1 and b) the last wide gap stood at. */
  let boundary = 0;
  for (let j = 0; j < seg.length; j++) {
    const k = seg[j]!;
    const soft = j > 0 && k.gap >= LAYOUT.softCellGap * size;
    const tight = j > 0 && k.gap >= LAYOUT.tightCellGap * size;
    // (narrower than `softCellGap` where three other lines or more start a cell: a wrapped cell's
    // line that filled its column, set as close to the next column as the padding lets it —
    // LibreOffice's «… - varer og» 4 points from «Sandvikvegen 118, …» of the rows above and below)
    const startsAny = tight ? linesAt(edges.starts, k.x0, line) : 0;
    // (in a header row, the rows' cells there may still be text after a gap inside a cell, split
    // only on this pass: LibreOffice's bold «Forsikring» 4 points from «Omfang» over three rows
    // «Motorvogn» 5,7 points from «41 kjøretøy etter …»)
    const underRows = tight && !soft && words && startsAny < 3 ? startsAny + linesAt(edges.softStarts, k.x0, line) : 0;
    const starts = soft || startsAny >= 3 ? startsAny : underRows >= 3 ? underRows : 0;
    // (a cell of the table's header row starts where the text after the gap starts, or ends where
    // it ends, to the next gap as wide: a column set left, or set right as amounts and their header are)
    const underHeader = (soft && above.starts.some((x) => at(x, k.x0))) || (tight && above.ends.some((x) => at(x, textEnd(seg, j, size))));
    // (or the row right below, of three cells or more, starts one there: two rows of a table
    // whose padding is narrow, «Våningshus» 5,7 points from «Haugevegen 16, …» over «Garasje» and
    // its «Haugevegen 14, …» at the same x)
    const rowBelow = soft && starts === 1 && below.starts.length >= 3 && below.starts.some((x) => at(x, k.x0));
    // (or the row right above, of three cells or more as split, starts one there: the last of two rows whose padding is
    // narrow — LibreOffice's «Innbo» 4,7 points from «Pluss», 4,5 from «Lerkeveien 14, …», under «Hus | Pluss |
    // Lerkeveien 14, …» at the same x: the row above split by the row below, the last row by none)
    const rowAbove = soft && starts <= 1 && upper.length >= 3 && upper.some((x) => at(x, k.x0));
    const atStart = starts >= 2 || (starts === 1 && linesAt(edges.softStarts, k.x0, line) >= 1) || underHeader || rowBelow || rowAbove;
    const ends = linesAt(edges.ends, x1, line);
    // (in a line of words without figures — a header row — the text after the gap, to the next gap
    // as wide, ends where cells of two other lines end: a right-aligned header over its amounts,
    // LibreOffice's «Vilkårsnr.» 5 points from «Forsikringssum»; not in a row with figures, where a
    // justified line of a text block ends at its column's edge as the other rows' cells there do)
    // (or of one, the row right below: a table of one row with an amount under the header's)
    // (in a row with figures, only a whole amount after a name: LibreOffice's «Driftsavbrudd med
    // …» 7,5 points from «kr 6 350 000», set right in its column where the other rows' sums end)
    // (or, in a line of one cell, a label of words and its value after the line's one gap wider than a
    // space: LibreOffice's «Forsikringssted» 5 points from «Industrigata 12, 2619 Lillehammer», the value
    // filling its column of a table of labelled fields and ending where the other rows' values end)
    const labelled = tight && lone && labelThenValue(seg, j, size);
    const byEnd = tight && (words || labelled || amountAfterName(seg, j, size));
    const endAt = byEnd ? textEnd(seg, j, size) : NaN;
    // (in a header row, the rows' last cells count too: «Pris per år» set right over the amounts
    // of the table's last column, 5 points from «Egenandel» — LibreOffice's narrow padding)
    const endsBy = byEnd ? linesAt(edges.ends, endAt, line, true) + (words || labelled ? linesAt(edges.lastEnds, endAt, line) : 0) : 0;
    const endsRight = endsBy >= 2 || (endsBy === 1 && below.ends.slice(0, -1).some((x) => at(x, endAt)));
    // (or narrower than `tightCellGap`: a right-aligned column's text ending where the next
    // column's starts, as on two other lines or more — LibreOffice's narrow padding)
    const pad = j > 0 && !tight && k.gap >= LAYOUT.paddedCellGap * size && paddedEdge(edges.padded, line, seg[j - 1]!, k);
    atEdge.push(pad || (tight && (atStart || ends >= 2 || endsRight)));
    hard.push(pad || starts >= 2 || underHeader || rowBelow || rowAbove || endsRight || (ends >= 2 && linesAt(edges.ends, x1, line, true) >= 1));
    if (soft) {
      wide++;
      // the text after the gap starts where a cell beside starts, the text before it ends where
      // one ends, or the text after it (to the next wide gap) ends where one ends (right-aligned)
      // — each at a boundary of its own, left to right
      let next = k.x1;
      for (let n = j + 1; n < seg.length && seg[n]!.gap < LAYOUT.softCellGap * size; n++) next = Math.max(next, seg[n]!.x1);
      for (let b = boundary + 1; b < below.starts.length; b++) {
        if (at(below.starts[b], k.x0) || at(below.ends[b - 1], x1) || at(below.ends[b], next)) {
          besideBelow++;
          boundary = b;
          break;
        }
      }
    }
    x1 = Math.max(x1, k.x1);
  }
  // a header row right over a row whose cells start or end at each of its wide gaps: its cells,
  // though its gaps are all alike (they are what a justified line's would look like), and at
  // narrower gaps where other lines' cells show the edge (a right-aligned header set close to the
  // next: LibreOffice's «Sum 2024» 3,5 points from «Egenandel»)
  return splitAtEdges(seg, size, atEdge, hard, wide >= 2 && besideBelow === wide, spanned);
}

/**
 * The pieces of a cell split at the gaps found at column edges (`atEdge`, `hard`: see splitSeg); a
 * header row (`header`) splits at each of its wide gaps too.
 */
function splitAtEdges(seg: Piece[], size: number, atEdge: readonly boolean[], hard: readonly boolean[], header: boolean, spanned: (a: number, b: number, x0: number) => boolean): Piece[][] {
  const out: Piece[][] = [];
  let cur: Piece[] = [];
  seg.forEach((k, j) => {
    // an edge only the same gap in other lines shows, where the text of the cell's column runs on
    // across it in another line (its header, its own wrapped line), is a stretched space inside
    // the column: groff's justified text block «Industriveien 7,» over «8294 Hamarøy»
    const split = header ? j > 0 && (k.gap >= LAYOUT.softCellGap * size || (atEdge[j]! && hard[j]!)) : atEdge[j] && (hard[j] || !spanned(seg[j - 1]!.x1, k.x0, seg[0]!.x0));
    // wider than the line's other gaps that are not at an edge (not a justified line's stretched
    // spaces); a gap that cells of other lines show is an edge beside another gap that is one too
    if (split && (header || seg.every((o, n) => n === 0 || n === j || (atEdge[n] && (hard[n] || hard[j])) || o.gap <= LAYOUT.wordGap * size || k.gap > 1.5 * o.gap))) {
      out.push(cur);
      cur = [];
      k.space = false;
    }
    cur.push(k);
  });
  out.push(cur);
  return out;
}

/** A gap narrower than `cellGap` between two items: where the text before it ends and the text after it starts. */
interface PaddedGap {
  line: number;
  /** The item before the gap: its left and right edge. */
  from: number;
  end: number;
  /** The item after the gap: its left and right edge. */
  start: number;
  to: number;
  /** The item before the gap: its text. */
  before: string;
}

/** The gaps of at least `paddedCellGap` between items inside the page's cells (see paddedEdge). */
function paddedGaps(raw: RawLine[]): PaddedGap[] {
  const out: PaddedGap[] = [];
  for (let k = 0; k < raw.length; k++) {
    const { segs, size, mono } = raw[k]!;
    if (mono) continue;
    for (const seg of segs) {
      for (let j = 1; j < seg.length; j++) {
        const a = seg[j - 1]!;
        const b = seg[j]!;
        if (b.gap >= LAYOUT.paddedCellGap * size) out.push({ line: k, from: a.x0, end: a.x1, start: b.x0, to: b.x1, before: a.str.trim() });
      }
    }
    // (and two cells of a line as close: amounts that are items of their own are cells however
    // close they stand — LibreOffice's «60 000» 3 points from «3 000» under a header row whose
    // «Forsikringssum» stands as close to «Egenandel»)
    for (let n = 1; n < segs.length; n++) {
      const a = segs[n - 1]![segs[n - 1]!.length - 1]!;
      const b = segs[n]![0]!;
      const gap = b.x0 - a.x1;
      if (gap >= LAYOUT.paddedCellGap * size && gap < LAYOUT.tightCellGap * size) out.push({ line: k, from: a.x0, end: a.x1, start: b.x0, to: b.x1, before: a.str.trim() });
    }
  }
  return out;
}

/** A row's number: digits alone. */
const DIGITS = /^\d{1,3}\.?$/;

/** Edges of items at the same x to within this many points (cells padded alike: the same x to a rounding). */
const PAD_ALIGN = 1;

/**
 * A gap between items `a` and `b` narrower than `tightCellGap` is a cell boundary where two other
 * lines or more have a gap there too, the item before it ending at `a`'s right edge and the item
 * after it starting at `b`'s left edge — a right-aligned column and a left-aligned one set apart
 * by the cells' padding alone (LibreOffice: «kr 14 800 000» 3 points from «Byggekost», «kr 6 000 000»
 * from «Nei», a header's «Forsikringssum» from «Indeksregulering»). The texts must differ as
 * columns' texts do: the items before the gap start at different x, or the items after it end at
 * different x (the same words split alike on every line are no columns).
 */
function paddedEdge(gaps: PaddedGap[], line: number, a: Piece, b: Piece): boolean {
  const lines = new Set<number>();
  let froms = false;
  let tos = false;
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i]!;
    if (g.line === line || Math.abs(g.end - a.x1) > PAD_ALIGN || Math.abs(g.start - b.x0) > PAD_ALIGN) continue;
    lines.add(g.line);
    // (or the same width with other figures: a numbered table's «1», «2», «3» 3 points from «Bygning» in every row)
    if (Math.abs(g.from - a.x0) > PAD_ALIGN || (g.before !== a.str.trim() && DIGITS.test(g.before) && DIGITS.test(a.str.trim()))) froms = true;
    if (Math.abs(g.to - b.x1) > PAD_ALIGN) tos = true;
  }
  return lines.size >= 2 && (froms || tos);
}

/** The text from piece `j` of a cell to the next gap of `tightCellGap` is a whole amount, and the piece before it is no part of one. */
function amountAfterName(seg: Piece[], j: number, size: number): boolean {
  let text = seg[j]!.str.trim();
  for (let n = j + 1; n < seg.length && seg[n]!.gap < LAYOUT.tightCellGap * size; n++) text += ` ${seg[n]!.str.trim()}`;
  return WHOLE_AMOUNT.test(text) && !AMOUNT_PART.test(seg[j - 1]!.str.trim());
}

/**
 * The gap before piece `j` is the cell's one gap wider than a space, the text before it words without a
 * figure (a field's label, «Forsikringssted», «Medisinsk invaliditet») and the text after it the value, to
 * the cell's end: a label and its value set only the table's padding apart.
 */
function labelThenValue(seg: Piece[], j: number, size: number): boolean {
  for (let n = 1; n < seg.length; n++) if (n !== j && seg[n]!.gap > LAYOUT.wordGap * size) return false;
  for (let n = 0; n < j; n++) if (!NO_FIGURE.test(seg[n]!.str) || !LETTER.test(seg[n]!.str)) return false;
  return true;
}

/** Where the text from piece `j` of a cell to the next gap of `tightCellGap` ends. */
function textEnd(seg: Piece[], j: number, size: number): number {
  let x1 = seg[j]!.x1;
  for (let n = j + 1; n < seg.length && seg[n]!.gap < LAYOUT.tightCellGap * size; n++) x1 = Math.max(x1, seg[n]!.x1);
  return x1;
}

/**
 * Does another line's text run across the gap from `a` to `b` inside the column of a cell starting
 * at `x0`: an item starting there (within alignX) and ending beyond `b`, on a line of two or more
 * cells (a header row), or on a line within `reach` whose text ends before `next` (the next cell
 * of the line: a wrapped line of the same cell, not a paragraph running across the table)? Only
 * lines of the line's own block count — each within `reach` of the next: another table further down
 * the page has columns of its own (LibreOffice's «Ansvar for ting i varetekt» under a heading, where
 * the table above has «Bedriftsansvar» 5 points from the «Produktansvar» of its next column).
 */
function crossed(raw: RawLine[], line: number, reach: number, a: number, b: number, x0: number, next: number): boolean {
  let lo = line;
  while (lo > 0 && raw[lo - 1]!.y - raw[lo]!.y <= reach) lo--;
  let hi = line;
  while (hi < raw.length - 1 && raw[hi]!.y - raw[hi + 1]!.y <= reach) hi++;
  for (let k = lo; k <= hi; k++) {
    if (k === line) continue;
    const o = raw[k]!;
    const close = Math.abs(o.y - raw[line]!.y) <= reach;
    if (o.segs.length < 2 && !close) continue;
    for (let n = 0; n < o.segs.length; n++) {
      const seg = o.segs[n]!;
      if (Math.abs(seg[0]!.x0 - x0) > LAYOUT.alignX) continue;
      let end = -Infinity;
      for (let j = 0; j < seg.length; j++) end = Math.max(end, seg[j]!.x1);
      const first = seg[0]!;
      if (first.x0 < a && first.x1 > b + LAYOUT.alignX && (o.segs.length >= 2 || end < next)) return true;
    }
  }
  return false;
}

/** The number of lines other than `line` with an edge at `x` (with `hard`, a cell's edge only). */
function linesAt(list: { x: number; line: number; soft?: boolean }[], x: number, line: number, hard = false): number {
  const lines = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.line !== line && Math.abs(e.x - x) <= LAYOUT.alignX && !(hard && e.soft)) lines.add(e.line);
  }
  return lines.size;
}

/**
 * The width of a word of an item, estimated from the item's width: letters average twice the
 * width of a space (Helvetica: letters ~0,5 em, the space 0,278 em).
 */
function wordWidth(it: TextItem, word: string): number {
  const spaces = it.str.length - it.str.replace(SPACES, '').length;
  const units = it.str.length - spaces + spaces / 2;
  return units > 0 ? (it.width * word.length) / units : 0;
}

/** An item that starts with spaces: its text starts a little further right. */
function leadingSpaceWidth(it: TextItem): number {
  const n = it.str.length - it.str.trimStart().length;
  return n > 0 && it.str.length > 0 ? (it.width * n) / it.str.length : 0;
}

