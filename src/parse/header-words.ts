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
 */
import { lowerCase } from './lower.js';
import type { SourceLine } from './source.js';
import { COLUMN_NAME_SET } from './vocabulary.js';

/** The longest column name, in words («forsikringssum per skadetilfelle»: three). */
const MOST_WORDS = 4;
const DIGIT = /\d/;

/** Every way of parting the words into column names, each as its names. */
function partings(words: readonly string[], from = 0, memo = new Map<number, string[][]>()): string[][] {
  if (from === words.length) return [[]];
  const known = memo.get(from);
  if (known) return known;
  const out: string[][] = [];
  for (let n = 1; n <= MOST_WORDS && from + n <= words.length; n++) {
    const name = words.slice(from, from + n).join(' ');
    if (!COLUMN_NAME_SET.has(lowerCase(name).replace(/:$/, ''))) continue;
    for (const rest of partings(words, from + n, memo)) out.push([name, ...rest]);
  }
  memo.set(from, out);
  return out;
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

/** The header's names, one a cell, when line `i` is such a header over a row of as many cells; else undefined. */
function namesOver(lines: readonly SourceLine[], i: number): string[] | undefined {
  const l = lines[i]!;
  if (l.cells.length !== 1) return undefined;
  const t = l.cells[0]!.trim();
  if (t.length > 120 || DIGIT.test(t) || !t.includes(' ')) return undefined;
  const row = rowUnder(lines, i);
  if (row === undefined || row.cells.length < 3 || !row.cells.some((c) => DIGIT.test(c))) return undefined;
  const fits = partings(t.split(/ +/)).filter((p) => p.length === row.cells.length);
  return fits.length === 1 ? fits[0] : undefined;
}

/** The lines with each such header read as its names, one a cell; the same array when there is none. */
export function headerWordsApart(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.cells.length !== 1) continue;
    const names = namesOver(lines, i);
    if (names === undefined) continue;
    out ??= lines.slice();
    out[i] = { ...lines[i]!, cells: names, text: names.join('\t') };
  }
  return out ?? lines;
}
