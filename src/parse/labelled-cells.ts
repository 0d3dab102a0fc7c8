/**
 * A schedule's records laid out as a table whose cells say what they are — no header over them, each figure with its own
 * label in its cell, the record's name on its first line and its place on the lines under the name:
 *
 *   Hytte                          Fullverdi           Egenandel 8 000 kr
 *   Fjellvegen 14, Gnr 45 Bnr 2,   Dekning: Utvidet    Pris 7 412 kr per år
 *   3550 Gol
 *
 *   Innbo i hytte                  400 000 kr          Egenandel 6 000 kr
 *   Fjellvegen 14, Gnr 45 Bnr 2,   Dekning: Standard   Pris 1 230 kr per år
 *
 * A renewal letter's «Dette har du hos oss» writes its insurances so (Tryg, Gjensidige's and Fremtind's letters and web
 * pages alike): the label inside a cell («Egenandel», «Pris», «Dekning:») says which field it is, whatever column it
 * stands in, and the cells of the second line are the record's as much as the first's. Read line by line, the name's row
 * lost its premium and cover level, and the place's line was a row of no product. Joined here into one row — the name,
 * the place, the cover level, then the figures in their order — which the reader of rows whose figures carry their own
 * labels reads (src/parse/schedule-labelled-rows.ts), as it reads such a row written on one line.
 *
 * Only where the name's line is a name (no figure) and figure cells, the line right under it a place (or nothing) under
 * the name and only figure cells and labelled cover levels beside it, and one figure at least carries its own label: any
 * other cell — a label the vocabulary does not know, prose — leaves the lines as they are.
 */
import { AMOUNT_SOURCE } from './amounts.js';
import { lowerCase } from './lower.js';
import { columnOf } from './schedule-names.js';
import type { SourceLine } from './source.js';
import { PLACE_MARKS, PLACE_REST } from './text-cells.js';
import { LEVEL_WORDS } from './vocabulary.js';

/** How a figure's value may end: «per år», «/år», «pr. år». */
const PER_YEAR = String.raw`(?:\s*(?:/\s*år|per år|pr\.? år|i året))?`;
/** A figure's label and its amount in one cell: «Egenandel 8 000 kr», «Pris 7 412 kr per år», «Forsikringssum: kr 400 000». */
const LABELLED_FIGURE = new RegExp(String.raw`^([A-Za-zÆØÅæøå][A-Za-zæøå.]*(?:\s(?!kr\b|nok\b)[a-zæøå.]+){0,2})\s*:?\s*(?:${AMOUNT_SOURCE})${PER_YEAR}$`, 'i');
/** An amount alone in its cell: «400 000 kr», «kr 1 230». */
const BARE_AMOUNT = new RegExp(String.raw`^(?:${AMOUNT_SOURCE})${PER_YEAR}$`, 'i');
/** A sum stated by its form, or no value: «Fullverdi», «–». */
const FORM_OR_NONE = /^(?:fullverdi|[-–—])$/i;
/** A cover level's label and its value: «Dekning: Utvidet», «Dekningsnivå: Pluss», «Nivå: Standard». */
const LEVEL_CELL = /^(?:dekning|dekningsnivå|nivå|variant)\s*:\s*(\S.*)$/i;
const DIGIT = /\d/;
const LETTER_FIRST = /^[A-Za-zÀ-ÖØ-öø-ɏ]/u;

/** The kind of a cell beside a record's name or place: a figure (labelled or not), a cover level, or none of them. */
type Kind = { figure: string; labelled: boolean } | { level: string };

/** What a cell is (Kind), or undefined for any other cell. */
export function cellKind(cell: string): Kind | undefined {
  const c = cell.trim();
  const level = LEVEL_CELL.exec(c);
  if (level) return lowerCase(level[1]!).split(/\s+/).every((w) => LEVEL_WORDS.has(w)) ? { level: level[1]! } : undefined;
  if (FORM_OR_NONE.test(c)) return { figure: c, labelled: false };
  if (!DIGIT.test(c)) return undefined;
  if (BARE_AMOUNT.test(c)) return { figure: c, labelled: false };
  const m = LABELLED_FIGURE.exec(c);
  const col = m ? columnOf(m[1]!.trim()) : undefined;
  return col === 'sum' || col === 'deductible' || col === 'premium' ? { figure: c, labelled: true } : undefined;
}

/** The kinds of a line's cells after its first, or undefined when one of them is no figure and no level. */
function kindsAfterFirst(cells: readonly string[]): Kind[] | undefined {
  const kinds: Kind[] = [];
  for (const c of cells.slice(1)) {
    if (c.trim() === '') continue;
    const k = cellKind(c);
    if (k === undefined) return undefined;
    kinds.push(k);
  }
  return kinds;
}

/** A record's name: words without a figure, not a column's name, a few words at most. */
function recordName(cell: string): boolean {
  const c = cell.trim();
  return c !== '' && LETTER_FIRST.test(c) && !DIGIT.test(c) && columnOf(c) === undefined && c.split(/\s+/).length <= 6;
}

/** Whether `b` is the line right under `a` on its page. */
function under(a: SourceLine, b: SourceLine | undefined): b is SourceLine {
  return b !== undefined && b.page === a.page && b.line === a.line + 1;
}

/** The lines with each such record's two lines joined into one row; the same array when there is none. */
export function labelledCellRecords(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  const kept: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const first = l.cells.length >= 2 && recordName(l.cells[0]!) ? kindsAfterFirst(l.cells) : undefined;
    const place = under(l, next) && next.cells.length >= 2 ? next.cells[0]!.trim() : undefined;
    const second = place !== undefined && (place === '' || PLACE_MARKS.test(place) || (DIGIT.test(place) && place.endsWith(','))) ? kindsAfterFirst(next!.cells) : undefined;
    const kinds = first !== undefined && second !== undefined && second.length > 0 ? [...first, ...second] : undefined;
    if (kinds === undefined || first!.length === 0 || !kinds.some((k) => 'figure' in k && k.labelled)) {
      kept.push(l);
      continue;
    }
    // («Fjellvegen 14, Gnr 45 Bnr 2,» over «3550 Gol» alone: the place's rest on the line under it)
    let where = place!;
    let took = 2;
    const rest = lines[i + 2];
    if (where.endsWith(',') && under(next!, rest) && rest.cells.length === 1 && PLACE_REST.test(rest.cells[0]!.trim())) {
      where = `${where} ${rest.cells[0]!.trim()}`;
      took = 3;
    }
    const levels = kinds.flatMap((k) => ('level' in k ? [k.level] : []));
    const figures = kinds.flatMap((k) => ('figure' in k ? [k.figure] : []));
    const cells = [l.cells[0]!.trim(), ...(where !== '' ? [where] : []), ...levels, ...figures];
    kept.push({ ...l, cells, text: cells.join('\t'), took: true, labelledCells: true });
    out = kept;
    i += took - 1;
  }
  return out ?? lines;
}
