/**
 * Two layouts of text documents that the line-by-line split of src/parse/text.ts does not see:
 *
 * - **`;`-separated lines** (a spreadsheet saved as text, a broker's summary):
 *   `Forsikring;Forsikringssted;Sum 2024;Egenandel` over `Næringsbygg;Storgata 1;52 000 000;;`.
 *   A line is split on `;` when it has two or more of them, or one and a neighbouring line has one
 *   too (`Avtalenummer;SB-88 2041` over the table), and no cell is a sentence — prose uses `;`
 *   now and then. Empty cells (`;;`) stay empty: they are columns. A line with a quote mark is
 *   left whole (a quoted cell may hold the separator; what no reader takes is warned about).
 * - **records set side by side** (a PDF page of two columns printed to text): two record blocks
 *   on the same lines, each a name line over indented `Forsikringssum   kr …` / `Egenandel …` /
 *   `Pris …` lines. Where the same field label begins both the line and a cell further right on
 *   two or more lines, and a column of blanks runs down the whole block at that place, the block
 *   is read column by column: the left column's lines, then the right column's (each keeps its
 *   line number, so warnings and traces point at the line an editor shows).
 * - **products set side by side**: a line of two product names far apart («Gruppeliv» … «Ulykke
 *   fritid»), each over its own item lines («Dødsfall   10 G» … «Medisinsk invaliditet   15 G»),
 *   a wide gap running down all of them: read column by column too, each column a product's block.
 */
import { namesProduct } from './index-class.js';
import { SCHEDULE_COLUMNS } from './vocabulary.js';

export interface RawLine {
  page: number;
  line: number;
  raw: string;
}

// ---------------------------------------------------------------------------------------------
// «;»-separated lines

/** A cell that is a sentence: many words, or words and a full stop at its end. */
const SENTENCE = /^(?:\S+\s+){6,}\S|\S+\s+\S+\s+\S+.*[.!?]$/;

/** The cells of a `;`-separated line, or undefined when the line is not one (see above). */
export function delimitedCells(raws: readonly RawLine[], i: number): string[] | undefined {
  const raw = raws[i]!.raw;
  if (raw.includes('"')) return undefined;
  const cells = raw.split(';').map((c) => c.trim());
  if (cells.length < 3 && !(hasSemicolon(raws[i - 1], raws[i]!) || hasSemicolon(raws[i + 1], raws[i]!))) return undefined;
  if (cells.every((c) => c === '') || cells.some((c) => c.length > 100 || SENTENCE.test(c))) return undefined;
  // («Kunde;» at the end of a line: the empty cell after the last separator is no column)
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A neighbouring line on the same page with a `;` in it. */
function hasSemicolon(n: RawLine | undefined, r: RawLine): boolean {
  return n !== undefined && n.page === r.page && n.raw.includes(';') && !n.raw.includes('"');
}

// ---------------------------------------------------------------------------------------------
// Records side by side

/** The first words of the field labels of a schedule (Forsikringssum, Egenandel, Pris …). */
const FIELD_WORDS: ReadonlySet<string> = new Set(
  SCHEDULE_COLUMNS.filter(([col]) => col === 'sum' || col === 'deductible' || col === 'premium').flatMap(([, names]) => names.map((n) => n.split(' ')[0]!)),
);
const LABEL_WORDS = [...FIELD_WORDS];

interface Span {
  start: number;
  end: number;
}

/** Pieces of a line between runs of two or more spaces (positions only). */
const PIECE = /\S+(?: \S+)*/g;
function spans(raw: string): Span[] {
  const out: Span[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(raw); m; m = PIECE.exec(raw)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The field label a piece of a line begins with, in lower case, or undefined. */
function labelAt(raw: string, s: Span): string | undefined {
  const word = raw.slice(s.start, s.end).split(' ')[0]!.replace(/:$/, '').toLowerCase();
  return FIELD_WORDS.has(word) ? word : undefined;
}

/**
 * Where a line begins a second record to the right: the line starts with a field label and a piece
 * further right begins with the same label («Forsikringssum  kr 9 800 000   Forsikringssum  kr
 * 2 400 000»). The start of that piece, or undefined.
 */
function secondRecordAt(raw: string): number | undefined {
  // (a cheap test first: most lines have no field label twice)
  if (!raw.includes('  ')) return undefined;
  const lower = raw.toLowerCase();
  if (!LABEL_WORDS.some((w) => lower.indexOf(w, lower.indexOf(w) + w.length) >= 0)) return undefined;
  const ps = spans(raw);
  if (ps.length < 3) return undefined;
  const first = labelAt(raw, ps[0]!);
  if (first === undefined) return undefined;
  for (let k = 2; k < ps.length; k++) if (labelAt(raw, ps[k]!) === first) return ps[k]!.start;
  return undefined;
}

/** Whether column `c` of a line is blank (a space, or past the line's end) and no piece runs across it. */
function blankAt(raw: string, c: number): boolean {
  return c >= raw.length || (raw[c] === ' ' && (c + 1 >= raw.length || raw[c + 1] === ' ' || raw[c - 1] === ' '));
}

/** A block of lines read column by column: its first and last line, its lines in reading order, and the lines read by neither column. */
interface Block {
  from: number;
  to: number;
  lines: RawLine[];
  unsure?: RawLine[];
}

/**
 * The lines of a text document with blocks of records set side by side read column by column
 * (see above); the same array when there are none. A line of such a block whose words run from one
 * column into the other is read by neither: it goes to `unsure` (for a warning), not to the lines.
 * Blocks in one of `pages` (a page in two columns) that begins above them are left as they are, for that page's reader.
 */
export function recordColumnsApart(raws: RawLine[], unsure: RawLine[] = [], pages: ReadonlyArray<{ from: number; to: number }> = []): RawLine[] {
  const blocks: Block[] = [];
  for (let i = 0; i < raws.length; i++) {
    const at = secondRecordAt(raws[i]!.raw);
    const right = at === undefined ? secondProductAt(raws[i]!.raw) : undefined;
    if (at === undefined && right === undefined) continue;
    const block = at !== undefined ? recordBlock(raws, i, at) : productBlock(raws, i, right!);
    if (!block) continue;
    blocks.push(block);
    i = block.to;
  }
  // (records under their places, both set side by side — «Forsikringssted 1   Forsikringssted 2» over the places, then the
  // records: a page in two columns that begins above the records reads the whole, each place with its records)
  const firstInside = (p: { from: number; to: number }): number => Math.min(...blocks.filter((x) => x.from >= p.from && x.to <= p.to).map((x) => x.from));
  // (a page that cuts a block of records in two is no page of them: the records are read as they are)
  const cuts = (p: { from: number; to: number }): boolean => blocks.some((x) => x.from <= p.to && x.to >= p.from && (x.from < p.from || x.to > p.to));
  const byPage = (b: Block): boolean => pages.some((p) => p.from <= b.from && p.to >= b.to && p.from < firstInside(p) && !cuts(p));
  const kept = blocks.filter((b) => !byPage(b));
  if (kept.length === 0) return raws;
  const out: RawLine[] = [];
  let copied = 0;
  for (const block of kept) {
    if (block.unsure) unsure.push(...block.unsure);
    for (let k = copied; k < block.from; k++) out.push(raws[k]!);
    out.push(...block.lines);
    copied = block.to + 1;
  }
  for (let k = copied; k < raws.length; k++) out.push(raws[k]!);
  return out;
}

/**
 * The block around line `i` whose right column starts at or a little left of `at` (a name line may
 * stand left of its record's indented labels): the lines of one page on which one column just left
 * of the right column's start is blank, from the first to the last line with text right of it; its
 * lines read left column first. Of the blank columns that could split the block, the one that
 * takes in the most lines. Undefined unless two or more of its lines begin a second record.
 */
function recordBlock(raws: RawLine[], i: number, at: number): Block | undefined {
  const page = raws[i]!.page;
  let best: { c: number; first: number; last: number } | undefined;
  for (let c = at - 1; c >= Math.max(1, at - 12); c--) {
    const fits = (k: number): boolean => raws[k] !== undefined && raws[k]!.page === page && blankAt(raws[k]!.raw, c);
    if (!fits(i)) break;
    let lo = i;
    let hi = i;
    while (fits(lo - 1)) lo--;
    while (fits(hi + 1)) hi++;
    let first = -1;
    let last = -1;
    let records = 0;
    for (let k = lo; k <= hi; k++) {
      if (raws[k]!.raw.slice(c + 1).trim() === '') continue;
      if (first < 0) first = k;
      last = k;
      if (secondRecordAt(raws[k]!.raw) !== undefined) records++;
    }
    if (records >= 2 && (!best || last - first > best.last - best.first)) best = { c, first, last };
  }
  if (!best) return undefined;
  const { c, first, last } = best;
  const lines: RawLine[] = [];
  for (let k = first; k <= last; k++) {
    const left = raws[k]!.raw.slice(0, c).trimEnd();
    if (left.trim() !== '') lines.push({ page, line: raws[k]!.line, raw: left });
  }
  for (let k = first; k <= last; k++) {
    const right = raws[k]!.raw.slice(c + 1).trimEnd();
    if (right.trim() !== '') lines.push({ page, line: raws[k]!.line, raw: right });
  }
  return { from: first, to: last, lines };
}

// ---------------------------------------------------------------------------------------------
// Products side by side

/** The labels of a schedule's columns (a header's cells, not product names). */
const COLUMN_NAMES: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.flatMap(([, names]) => names));
const DIGIT = /\d/;
/** The widest gap between two columns of one table that is still taken for a table's (narrower: a table, not two columns). */
const COLUMN_GAP = 4;

/** A piece that can be a product's heading: a capital first, no figure, a few words the index-class table knows as a product. */
function productName(text: string): boolean {
  return /^[A-ZÆØÅ]/.test(text) && !DIGIT.test(text) && text.split(' ').length <= 6 && !COLUMN_NAMES.has(text.toLowerCase()) && namesProduct(text);
}

/**
 * Where a line names a second product to the right of a first one, a wide gap between them
 * («Gruppeliv                  Ulykke fritid»): the start of the second name, or undefined.
 */
function secondProductAt(raw: string): number | undefined {
  if (!raw.includes('    ') || DIGIT.test(raw)) return undefined;
  const ps = spans(raw);
  if (ps.length !== 2 || ps[1]!.start - ps[0]!.end < COLUMN_GAP || ps[0]!.start > 2) return undefined;
  return productName(raw.slice(ps[0]!.start, ps[0]!.end)) && productName(raw.slice(ps[1]!.start, ps[1]!.end)) ? ps[1]!.start : undefined;
}

/**
 * The block that line `i` (two product names) heads: the consecutive lines of its page under it on
 * which one column just left of the second name's start is blank, to the last with text right of
 * it; its lines read left column first (the right column's indentation taken off). Undefined
 * unless two or more lines under the names have text on both sides, figures on both sides in one.
 */
function productBlock(raws: RawLine[], i: number, at: number): Block | undefined {
  const page = raws[i]!.page;
  let best: { c: number; last: number; across: number[] } | undefined;
  for (let c = at - 1; c >= Math.max(1, at - 12); c--) {
    if (!blankAt(raws[i]!.raw, c) || raws[i]!.raw.slice(0, c).trim() === '') continue;
    let last = i;
    let both = 0;
    let figures = 0;
    const across: number[] = [];
    for (let k = i + 1; k < raws.length; k++) {
      const r = raws[k]!;
      if (r.page !== page || r.line !== raws[k - 1]!.line + 1) break;
      // («Forsikringssted: Industriveien 3, 3902 Porsgrunn Egenandel: kr 10 000», a left cell run on
      // into the right column with one space between: which words are whose is not certain — the
      // line is read by neither column, and the block goes on under it)
      if (!blankAt(r.raw, c)) {
        if (k !== last + 1 || r.raw.slice(0, c).trim() === '') break;
        across.push(k);
        last = k;
        continue;
      }
      const left = r.raw.slice(0, c).trim();
      const right = r.raw.slice(c + 1).trim();
      // («Premie: kr 18 900» alone under the last line of both columns: the left record's last
      // field — read with the left column, never after the right one's lines, whose record it is not)
      if (right === '') {
        if (left !== '' && k === last + 1) last = k;
        continue;
      }
      // (an amount first on the right is a figure of the row, not an item of a second product:
      // «Bygning   Innbo» over «Forsikringssum   kr 1 000 000   kr 200 000» is one table)
      // (but a postcode and town under a right-hand value ended by a comma is the rest of that value:
      // «Forsikringssted      Løvåsveien 18,» over «5145 Fyllingsdalen», the address wrapped in its column)
      if (!/^[A-Za-zÀ-ÖØ-öø-ÿ]/.test(right) && !(POSTCODE_REST.test(right) && raws[k - 1]!.raw.slice(c + 1).trimEnd().endsWith(','))) break;
      last = k;
      if (left === '') continue;
      both++;
      if (DIGIT.test(left) && DIGIT.test(right)) figures++;
    }
    // (a line run across the columns at the block's end is no part of it: read as it stands)
    while (across.length > 0 && across[across.length - 1] === last) {
      across.pop();
      last--;
    }
    if (both >= 2 && figures >= 1 && (!best || last > best.last || (last === best.last && across.length < best.across.length))) best = { c, last, across };
  }
  if (!best) return undefined;
  const { c, last } = best;
  const across = new Set(best.across);
  const lines: RawLine[] = [];
  for (let k = i; k <= last; k++) {
    const left = raws[k]!.raw.slice(0, c).trimEnd();
    if (left.trim() !== '' && !across.has(k)) lines.push({ page, line: raws[k]!.line, raw: left });
  }
  const rights = raws.slice(i, last + 1).map((r, j) => (across.has(i + j) ? '' : r.raw.slice(c + 1).trimEnd()));
  const indent = Math.min(...rights.filter((x) => x.trim() !== '').map((x) => x.length - x.trimStart().length));
  for (let k = i; k <= last; k++) {
    const right = rights[k - i]!;
    if (right.trim() !== '') lines.push({ page, line: raws[k]!.line, raw: right.slice(indent) });
  }
  return { from: i, to: last, lines, unsure: best.across.map((k) => raws[k]!) };
}

/** A word broken at its line's end with a hyphen («Forsikrings-», «Bedrifts-»). */
const HYPHEN_END = /[A-Za-zÀ-ÖØ-öø-ÿ]-$/;
/** The rest of a cell that begins in lower case with no joining word: the second half of a broken word. */
const WORD_REST = /^[a-zæøåäöüé]/;
/** A second part that shares the first's ending: «Produkt-» / «og bedriftsansvar» keeps its hyphen. */
const CONJUNCTION_START = /^(?:og|eller|samt)\s/;

/**
 * A cell and its continuation on the line under it, as one text: a word broken with a hyphen is
 * whole again («Forsikrings-» / «sum kr» → «Forsikringssum kr», «Bedrifts-» / «ansvar»), a shared
 * ending keeps its hyphen («Produkt-» / «og bedriftsansvar»), anything else is joined by a space.
 */
export function joinWrapped(first: string, rest: string): string {
  // («1976/» over «2011»: a range of years wrapped at its slash — one cell, «1976/2011», as written on one line)
  if (/\b(?:19|20)\d{2}\/$/.test(first) && /^(?:19|20)\d{2}$/.test(rest)) return `${first}${rest}`;
  if (HYPHEN_END.test(first) && WORD_REST.test(rest) && !CONJUNCTION_START.test(rest)) return `${first.slice(0, -1)}${rest}`;
  // («Klubbhus Hegra stadion» over «Gnr 112 Bnr 7, 7520 Hegra»: a name that ended whole, then its place on a line
  // of its own — two parts of the cell, set apart as a place after a name is: «…stadion, Gnr 112 …»)
  if (PLACE_LINE.test(rest) && !BROKEN_END.test(first) && /[A-Za-zÀ-ÖØ-öø-ÿ)]$/.test(first)) return `${first}, ${rest}`;
  // («Sandnes helsehus» over «Langgata 12» over «4306 Sandnes»: a building's name, then its street and number
  // alone on a line of their own — the place after the name, set apart as on one line: «…helsehus, Langgata 12»)
  if (STREET_LINE.test(rest) && !BROKEN_END.test(first) && !STREET_END.test(first) && /[A-Za-zÀ-ÖØ-öø-ÿ)]$/.test(first)) return `${first}, ${rest}`;
  // («Heggeveien 112» over «Gnr 45 Bnr 2, 2930 Bagn»: a street address, then the farm's land register reference — two
  // parts of one place, as they are written on one line)
  if (LAND_REF_START.test(rest) && STREET_END.test(first)) return `${first}, ${rest}`;
  // («Sundgata 1» over «2080 Eidsvoll»: an address's street and its postcode on two lines — written on one, a comma between)
  // («Gnr. 23 bnr. 4» over «6770 Nordfjordeid»: a land register reference and its postcode, the same)
  if (POSTCODE_REST.test(rest) && (STREET_END.test(first) || LAND_REF_END.test(first))) return `${first}, ${rest}`;
  return `${first} ${rest}`;
}

/**
 * A place's name, then with no comma its street and number or its land register reference, in one
 * piece of text: «Nordre Hegre Gnr 112 Bnr 7, 7520 Hegra», «Vinje rådhus Vinjevegen 192, 3890
 * Vinje» — the name: words, the first capitalised, none a figure; the street: one word of a
 * street's kind («…vegen», «…gata») and its number.
 */
const NAME_THEN_PLACE = new RegExp(
  String.raw`^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ'-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'-]*){0,3}?)\s+(?=(?:[Gg]nr|[Gg]årdsnr)\.?\s*\d+[,.]?\s*(?:[Bb]nr|[Bb]ruksnr)\.?\s*\d|[A-ZÆØÅ][a-zæøåé]+(?:veien|vegen|vei|veg|gata|gate|gaten|stien|stigen|bakken|allé|plassen|torget|brygga|tunet|ringen|svingen)\s+\d{1,4}\b)`,
);

/**
 * A cell of a web page's table, its lines joined as the page sets them: a place written over two
 * lines of the document («Nordre Hegre» over «Gnr 112 Bnr 7, 7520 Hegra») is one run of words in
 * the cell, wrapped wherever the cell's width falls («Nordre Hegre Gnr 112» over «Bnr 7, 7520
 * Hegra»). Its name and its street or land register reference are set apart as on one line, with
 * a comma (as joinWrapped sets them apart where a text's line ends between them).
 */
export function placeApart(cell: string): string {
  // («Fjellstølvegen 14 Gnr 88 Bnr 3, 3580 Geilo»: a street and its number, then the lot — the two lines of one place,
  // set apart as joinWrapped sets them where a text's line ends between them)
  const lot = LAND_REF_INSIDE.exec(cell);
  if (lot && STREET_END.test(cell.slice(0, lot.index))) return `${cell.slice(0, lot.index)}, ${cell.slice(lot.index + lot[0].length)}`;
  const m = NAME_THEN_PLACE.exec(cell);
  if (!m) return cell;
  const rest = cell.slice(m[0].length);
  if (!LAND_REF_START.test(rest)) {
    // (a street must have its postcode after it: «… bor i Storgata 12» in a sentence is no place's name and street;
    // and a name of two words or more, the last no word a street's name begins with: «Gamle Kongevei 2», «Nedre
    // Storgate 4» are streets whole)
    const words = m[1]!.split(/\s+/);
    if (!POSTCODE_AFTER.test(rest) || words.length < 2 || STREET_PREFIX.test(words[words.length - 1]!)) return cell;
  }
  return `${m[1]!}, ${rest}`;
}

/** The space before a land register reference after the cell's first words: « Gnr 88 Bnr 3». */
const LAND_REF_INSIDE = /\s+(?=(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d)/i;

/** A word a street's name may begin with: «Gamle Kongevei», «Nedre Storgate», «Kong Oscars gate». */
const STREET_PREFIX = /^(?:Gamle|Gamla|Nye|Nedre|Øvre|Øvste|Indre|Ytre|Store|Lille|Vesle|Nordre|Søndre|Vestre|Østre|Midtre|Kong|Dronning|Prins|Prinsesse|Sankt|St\.|Fru|Doktor|Dr\.|Professor|Kaptein|Biskop|Pastor)$/;

/** A postcode and its town after a street: «Vinjevegen 192, 3890 Vinje». */
const POSTCODE_AFTER = /^\S+\s+\d{1,4}[A-Za-z]?,?\s+\d{4}\s+[A-ZÆØÅ]/;

/** A postcode and its place, and nothing else: «2080 Eidsvoll», «2074 Eidsvoll Verk». */
const POSTCODE_REST = /^\d{4}\s+[A-ZÆØÅ][A-Za-zÆØÅæøåÀ-ÿ.'-]*(?:\s+[A-ZÆØÅa-zæøå][A-Za-zÆØÅæøåÀ-ÿ.'-]*){0,3}$/;
/**
 * A street and its number — or the numbers of a block of houses, «Solslettveien 2-8» —, or a post box, at the end of a cell: «Sundgata 1», «Bønsvegen 40B», «Postboks 210», also a
 * street named in words before its kind in lower case: «Os allé 5», «Kongens gate 12», «Olav Kyrres plass 3»; also in capitals, as a
 * housing co-operative's or a municipality's schedule writes its addresses from the land register: «FURUSTIEN 1», «LERKEVEIEN 2-8».
 */
const STREET_END = /(?:^|\s)(?:[A-ZÆØÅ][a-zæøåé]{2,}|[A-ZÆØÅ]{3,}|[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ][a-zæøåé]+)*\s+(?:gate|gata|allé|alle|vei|veg|plass|torg|bakke|brygge|kai))\s+\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s?[A-Za-z]?$/;
/**
 * A street and its number alone on a line, the street known as one by its kind: «Langgata 12», «Kyrkjebakken 3», «Storgata 12B»,
 * «Kongens gate 5», «Os allé 3» (never «Bygg 2» or «Hall 3», a building's name with its number).
 */
const STREET_LINE = /^(?:[A-ZÆØÅ][a-zæøåé]+(?:vegen|veien|vn\.|gata|gate|gt\.|vei|veg|stien|stigen|svingen|bakken|plassen|allé|alleen|tunet)|[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅa-zæøå][a-zæøåé]+)*\s+(?:gate|gata|allé|alle|vei|veg|plass|torg))\s+\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s?[A-Za-z]?$/;
/** A land register reference at the start of a line: «Gnr 45 Bnr 2, 2930 Bagn», «gnr. 23 bnr. 4». */
const LAND_REF_START = /^(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+/i;
/** A land register reference at the end of a cell: «Gnr. 23 bnr. 4», «gnr 14 bnr 3». */
const LAND_REF_END = /\b(?:bnr|bruksnr)\.?\s*\d+$/i;
/** A postcode and its place's name, or a farm's lot: what a whole place has («6856 Sogndal», «Gnr 41 …»). */
export const PLACE_MARKS = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]|\b(?:gnr|gårdsnr)\.?\s*\d/iu;
/** The rest of a place on a line of its own: a farm's lot, perhaps with its postcode and place («Gnr 7 Bnr 31, 3560 Hemsedal»), or a postcode and place («3560 Hemsedal»). */
export const PLACE_REST = /^(?:(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+(?:,?\s+[A-Za-zÀ-ÖØ-öø-ɏ\d][A-Za-zÀ-ÖØ-öø-ɏ\d'., -]{0,60})?|\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'. -]{1,40})$/iu;

/** A place on a line of its own: a land register reference («Gnr 112 Bnr 7», «gnr. 45 bnr. 3»), or a street, a number and a postcode. */
export const PLACE_LINE = /^(?:(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+|[A-ZÆØÅ][a-zæøå]+(?:vegen|veien|gata|gate|vei|veg)\s+\d+[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ])/i;
/** How a cell broken at its line's end ends: a joining word or a preposition, whose rest follows on the next line. */
const BROKEN_END = /\s(?:og|eller|i|på|for|av|med|til|ved|samt)$/i;
