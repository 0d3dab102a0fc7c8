/**
 * A table header whose column names stand one space apart, over rows whose cells are apart:
 * «Forsikring Forsikringssted Sum Egenandel Premie» over «Driftsbygning | Brendvegen 61, … | kr
 * 14 250 000 | kr 10 000 | kr 19 840». A header typed with single spaces, or printed by a word
 * processor that turned its run of spaces into one, is one cell; the rows under it then had no
 * columns named, and a reader guessed the product and place from the words alone — the place's
 * street became part of the product. Read here as the header it is: one cell per column name, when
 * its words are column names and nothing else (src/parse/vocabulary.ts, SCHEDULE_COLUMNS), three at
 * least, and the row under it has exactly as many cells. Where the words can be parted into names in
 * two ways with that many names («Pris per år»: one name or two), the line stays as it is.
 *
 * The same where a PDF set the header's first names closer than a column's gap and its last ones
 * apart: «Forsikring Eiendom Dekning Forsikringssum | Egenandel | Premie» over a row of six cells.
 * Each cell is parted on its own (a gap the PDF kept is a border between names), and the names of all
 * the cells together must be as many as the row's cells, in one way only.
 */
import { lowerCase } from './lower.js';
import { coverInPlace } from './schedule-cover-in-place.js';
import type { SourceLine } from './source.js';
import { COLUMN_NAME_SET, PROPERTY_COLUMNS } from './vocabulary.js';

/** The longest column name, in words («forsikringssum per skadetilfelle»: three). */
const MOST_WORDS = 4;
const DIGIT = /\d/;
const LOWER = /^[a-zß-öø-ÿčđŋšŧž]/u;
const SLASH_BLANKS = /\s*\/\s*/g;
/** How many ways of parting a header are looked at, at most (a line of names has one or two). */
const MOST_WAYS = 64;
/** A header's names: the schedule's column names and the names of a property's column («Eiendom»). */
const NAMES: ReadonlySet<string> = new Set([...COLUMN_NAME_SET, ...PROPERTY_COLUMNS]);

/** Every way of parting the words into column names, each as its names. */
function partings(words: readonly string[], from = 0, memo = new Map<number, string[][]>()): string[][] {
  if (from === words.length) return [[]];
  const known = memo.get(from);
  if (known) return known;
  const out: string[][] = [];
  for (let n = 1; n <= MOST_WORDS && from + n <= words.length; n++) {
    const name = words.slice(from, from + n).join(' ');
    // («Forsikringssted / objekt»: the blanks around a slash are the layout's, the name is «forsikringssted/objekt»)
    if (!NAMES.has(lowerCase(name).replace(/:$/, '').replace(SLASH_BLANKS, '/'))) continue;
    for (const rest of partings(words, from + n, memo)) out.push([name, ...rest]);
  }
  memo.set(from, out);
  return out;
}

/**
 * The ways of parting a header cell into column names; where there is none, a cell whose first
 * name wrapped at its slash and whose next names ran into its first line: «Forsikringssted / Sum
 * Egenandel objekt», a PDF's «Forsikringssted /» over «objekt» with «Sum» and «Egenandel» set close
 * beside it — the name before the slash and the cell's last word (a column name in lower case, the
 * wrapped rest) are one name, «Forsikringssted / objekt», where the slash stands.
 */
function partingsOf(cell: string): string[][] {
  const words = cell.split(/ +/);
  const own = partings(words);
  if (own.length > 0) return own;
  const j = words.indexOf('/');
  const tail = words[words.length - 1]!;
  if (j < 1 || j + 2 >= words.length || words.lastIndexOf('/') !== j || !LOWER.test(tail) || !NAMES.has(tail)) return [];
  const first = words[j - 1]!;
  if (!NAMES.has(lowerCase(first))) return [];
  const before = partings(words.slice(0, j - 1));
  const after = partings(words.slice(j + 1, -1));
  return before.flatMap((b) => after.map((a) => [...b, `${first} / ${tail}`, ...a]));
}

/** The next line with text after line `i`, on the same page, or undefined. */
function rowUnder(lines: readonly SourceLine[], i: number): SourceLine | undefined {
  for (let k = i + 1; k < lines.length && k <= i + 2; k++) {
    const l = lines[k]!;
    if (l.page !== lines[i]!.page) return undefined;
    if (l.text.trim() !== '') return l;
  }
  return undefined;
}

/**
 * The header's names, one a cell, when line `i` is such a header over a row of as many cells — or of
 * one cell fewer where the row shows why: a place cell that took in the cover level beside it
 * («Hus | Bjørkelia 14 Pluss 3616 Kongsberg … | Fullverdi | 8 000 kr | 9 842 kr» under «Forsikring
 * Forsikringssted Dekning Forsikringssum Egenandel Pris pr. år», LibreOffice's PDF setting the header
 * as one cell of six names narrower than the rows): two columns ran into one cell, and the row is
 * read under the header's names by coverRunIntoPlace. Else undefined.
 */
function namesOver(lines: readonly SourceLine[], i: number): string[] | undefined {
  const row = rowUnder(lines, i);
  if (row === undefined || !row.cells.some((c) => DIGIT.test(c))) return undefined;
  const n = row.cells.length;
  const header = lines[i]!.cells;
  // (only a header of fewer cells than the row's ran its names together: one of as many cells is read as it stands)
  const ranIn = header.length < n && row.cells.some((c) => coverInPlace(c) !== undefined);
  return namesAsMany(header, n) ?? (ranIn ? namesAsMany(header, n + 1) : undefined);
}

/**
 * A header's cells parted into `n` column names, in one way only, when some cell holds several
 * names one space apart and every cell is names and nothing else; else undefined.
 */
export function namesAsMany(header: readonly string[], n: number): string[] | undefined {
  const cells = header.map((c) => c.trim());
  if (n < 3 || n <= cells.length || cells.some((t) => t === '' || t.length > 120 || DIGIT.test(t)) || !cells.some((t) => t.includes(' '))) return undefined;
  // every way of parting each cell, joined cell by cell
  let ways: string[][] = [[]];
  for (const t of cells) {
    const own = partingsOf(t);
    if (own.length === 0) return undefined;
    ways = ways.flatMap((w) => own.map((p) => [...w, ...p])).filter((w) => w.length <= n);
    if (ways.length > MOST_WAYS) return undefined;
  }
  const fits = ways.filter((p) => p.length === n);
  return fits.length === 1 ? fits[0] : undefined;
}

/** The lines with each such header read as its names, one a cell; the same array when there is none. */
export function headerWordsApart(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const names = namesOver(lines, i);
    if (names === undefined) continue;
    out ??= lines.slice();
    out[i] = { ...lines[i]!, cells: names, text: names.join('\t') };
  }
  return out ?? lines;
}
