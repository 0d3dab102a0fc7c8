/**
 * A cover level run into the place's cell of a schedule row, between the place's first line and its postcode:
 * «Bjørkelia 14 Pluss 3616 Kongsberg», «Tråkkåsen 7, Gnr 45 Bnr 12, Standard 3630 Rødberg».
 *
 * Insurers set the place over two lines in its cell (street and lot on the first, postcode and town on the
 * second, a building's description under them) and the cover level in the column beside it, on the row's first
 * line. Where the place's lines run across the cover's column — a description line wider than the place column,
 * or a text printed in a proportional font that lost a space of the gap — a PDF generator sets the two columns
 * as one cell, its lines joined in order: the street, then the cover, then the postcode and town. The row's
 * cover cell is then empty, or holds the sum's value (every cell after the place one column to the left).
 * An address has no cover level between its street and its postcode, so the level there is the row's cover.
 */
import { readSum } from './amounts.js';
import { lowerCase } from './lower.js';
import { COVER_LEVEL_SET, VALUE_BASIS_WORDS, type Col } from './vocabulary.js';

const VALUE_BASIS_SET: ReadonlySet<string> = new Set(VALUE_BASIS_WORDS);
/** A sum's cell: an amount or a sum in G (readSum), or the value the cover pays in place of a figure («Fullverdi», «Markedsverdi»). */
const isSumCell = (cell: string): boolean => readSum(cell) !== undefined || VALUE_BASIS_SET.has(lowerCase(cell));

/**
 * The place's first line (ending in a figure, a comma or a bracket: a house number, «Bnr 12,»), then words of no
 * figure, then a postcode and a town: the words are the candidate cover.
 */
const PLACE_WORDS_POSTCODE = /^(.*?[\d,)])\s+([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ/ -]*?)\s+(\d{4}\s+[A-ZÀ-ÖØ-Þ].*)$/u;

/** The place without the cover level, and the level, where the place's cell holds a cover level before its postcode. */
export function coverInPlace(place: string): { object: string; cover: string } | undefined {
  const m = PLACE_WORDS_POSTCODE.exec(place.trim());
  if (m === null) return undefined;
  const [, street, words, town] = m as unknown as [string, string, string, string];
  if (!COVER_LEVEL_SET.has(lowerCase(words.trim()))) return undefined;
  // (the place as it is written on one line: «Bjørkelia 14, 3616 Kongsberg»)
  return { object: street.endsWith(',') ? `${street} ${town}` : `${street}, ${town}`, cover: words.trim() };
}

/**
 * A row's cells with the cover run into the place put back in the cover's column (roles: the table's column roles;
 * the cover's column right after the place's). Read so only where the row shows the cover missing from its column:
 * - the cover cell empty («Fritidsbolig | Tråkkåsen 7, Gnr 45 Bnr 12, Standard 3630 Rødberg | | 2 450 000 kr | …»);
 * - the cover cell holding the sum's value and the sum's cell beside it empty («Hus | Bjørkelia 14 Pluss 3616
 *   Kongsberg | Fullverdi | | 8 000 kr | 9 842 kr», the figures right-aligned into the last columns);
 * - the row one cell short, every cell after the place one column to the left, its cover cell holding the sum's
 *   value («Innbo | Bjørkelia 14 Pluss 3616 Kongsberg | 1 500 000 kr | 4 000 kr | 3 118 kr» under six columns).
 * A cover cell with a cover of its own, or figures that fit the header no one way, leaves the cells as they are.
 */
export function coverRunIntoPlace(roles: ReadonlyArray<Col | undefined>, cells: string[]): string[] {
  const at = roles.indexOf('object');
  const cov = at + 1;
  if (at < 0 || roles[cov] !== 'coverage') return cells;
  const found = coverInPlace(cells[at] ?? '');
  if (found === undefined) return cells;
  const coverCell = (cells[cov] ?? '').trim();
  const head = [...cells.slice(0, at), found.object, found.cover];
  if (coverCell === '') return [...head, ...cells.slice(cov + 1)];
  // (a cover cell that is a sum — «Fullverdi», «1 500 000 kr» — holds the next column's value: no cover is so written)
  if (roles[cov + 1] !== 'sum' || !isSumCell(coverCell)) return cells;
  if ((cells[cov + 1] ?? '').trim() === '') return [...head, coverCell, ...cells.slice(cov + 2)];
  // (the row one cell short: each cell from the cover's on is the next column's, and the last column was empty)
  const n = roles.length;
  if (cells.length >= n && cells.slice(n - 1).some((c) => c.trim() !== '')) return cells;
  if (cells.slice(0, n - 1).some((c) => c.trim() === '')) return cells;
  return [...head, ...cells.slice(cov, n - 1)];
}
