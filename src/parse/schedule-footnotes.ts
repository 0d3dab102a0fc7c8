/**
 * Footnotes of a schedule: a mark after a row's figure or name («150 000 *», «Varer²») and the line under the table that
 * begins with the same mark and says what it means («* Førsterisikosummer indeksreguleres ikke.», «¹ Summen er en
 * førsterisikosum»). Insurers print a first-risk sum or a sum no index adjusts this way beside the full-value sums of the
 * same table: the mark is no part of the figure, and what its footnote says holds for the marked row alone.
 */
import type { Reading } from './extract.js';
import type { Unit } from './units.js';

/**
 * A footnote's mark: superscript figures, or one to three asterisks, daggers — perhaps closed by a bracket, as a typed
 * certificate writes it («Maskiner hos kunder, førsterisiko *)» over «*) Førsterisikosummer indeksreguleres ikke.»).
 */
export const MARK = String.raw`(?:[¹²³⁴⁵⁶⁷⁸⁹]+|[*†‡]{1,3}\)?)`;
/** A footnote: its mark, then words («* Førsterisikosummer indeksreguleres ikke.», «¹Summen for boden …»). */
const FOOTNOTE = new RegExp(String.raw`^(${MARK})\s*[A-Za-zÀ-ÖØ-öø-ɏ]`, 'u');
/** A footnote's mark after a figure's last digit: «150 000 *», «kr 2 000 000¹», «150 000,-*». */
const MARK_AFTER_FIGURE = new RegExp(String.raw`(?<=\d(?:,-)?)\s*(${MARK})$`, 'u');

/** A footnote's mark right after a word: «Førsterisiko*», «Førsterisiko ¹» in a form column. */
const MARK_AFTER_WORD = new RegExp(String.raw`(?<=[A-Za-zÀ-ÖØ-öø-ɏ])\s*(${MARK})$`, 'u');

const byReading = new WeakMap<Reading, Map<string, Unit>>();

/** The document's footnotes by their mark (the first line that begins with a mark is that mark's footnote). */
export function footnotesOf(r: Reading): Map<string, Unit> {
  let notes = byReading.get(r);
  if (notes === undefined) {
    notes = new Map();
    for (const u of r.units) {
      // (the line as written: «* Førsterisikosummer …» is read as a bullet, its text without the asterisk)
      const m = FOOTNOTE.exec(u.text.trim()) ?? (u.bullet ? FOOTNOTE.exec(u.lines[0]!.text.trim()) : null);
      if (m && !notes.has(m[1]!)) notes.set(m[1]!, u);
    }
    byReading.set(r, notes);
  }
  return notes;
}

/**
 * A figure's cell with a footnote's mark at its end whose footnote the document prints («150 000 *» over «* Førsterisikosummer
 * indeksreguleres ikke.»): the figure without the mark, and the footnote. Undefined when the cell has no mark or no footnote
 * begins with it — an asterisk that points nowhere is left in the cell (and the cell not read).
 */
export function footnotedFigure(r: Reading, cell: string): { figure: string; note: Unit } | undefined {
  const m = MARK_AFTER_FIGURE.exec(cell.trim());
  if (m === null) return undefined;
  const note = footnotesOf(r).get(m[1]!);
  return note === undefined ? undefined : { figure: cell.trim().slice(0, m.index).trim(), note };
}

/**
 * A word's cell with a footnote's mark at its end («Førsterisiko*» in a «Forsikringsform» column over «* Førsterisikosum –
 * indeksreguleres ikke.»): the word without the mark, and the footnote when the document prints one beginning with that mark.
 */
export function footnotedWord(r: Reading, cell: string): { word: string; note: Unit | undefined } | undefined {
  const m = MARK_AFTER_WORD.exec(cell.trim());
  if (m === null) return undefined;
  return { word: cell.trim().slice(0, m.index).trim(), note: footnotesOf(r).get(m[1]!) };
}

const appliedByReading = new WeakMap<Reading, Set<Unit>>();

/**
 * The footnotes a marked figure's row has taken (footnotedFigure's caller adds them): what such a footnote says is said of
 * its marked rows alone — the sentence readers of the whole schedule pass it by («¹ Summen er en førsterisikosum og
 * reguleres ikke etter indeks» would otherwise take every row out of the index).
 */
export function appliedFootnotes(r: Reading): Set<Unit> {
  let s = appliedByReading.get(r);
  if (s === undefined) {
    s = new Set();
    appliedByReading.set(r, s);
  }
  return s;
}
