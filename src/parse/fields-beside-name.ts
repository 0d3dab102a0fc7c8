/**
 * A record whose labelled figures stand in a column beside its name, one label and its value a line, the first on the
 * name's own line:
 *
 *   «  Maskiner, inventar og løsøre         Forsikringssum         NOK 2 350 000,-»
 *   «                                       Egenandel              NOK 10 000,-»
 *   «                                       Premie                 NOK 7 840,-»
 *
 * The lines under the name are the record's — its deductible and premium — as much as the first is: read alone, each was a
 * label and an amount under no name, and lost. Joined here into the name's row, one cell a field
 * («Maskiner, inventar og løsøre | Forsikringssum NOK 2 350 000,- | Egenandel NOK 10 000,- | Premie NOK 7 840,-»),
 * which the readers of a name with its labelled figures read (src/parse/schedule-inline.ts). Only where the name's line is
 * a name (no figure), a figure's label and its value, and each line under it, with no blank between, is a label (no
 * figure) and its value — one at least a figure's (sum, deductible, premium); any other line ends the record.
 */
import { columnOf } from './schedule-names.js';
import type { SourceLine } from './source.js';
import { PLACE_MARKS } from './text-cells.js';

const DIGIT = /\d/;
const LETTER_FIRST = /^[A-Za-zÀ-ÖØ-öø-ɏ]/u;

/** The figure column a label names (sum, deductible, premium), or undefined. */
function figureLabel(cell: string): boolean {
  const col = columnOf(cell.trim());
  return col === 'sum' || col === 'deductible' || col === 'premium';
}

/**
 * A line's label and its value: two cells, the first words alone, the second with a figure — also after an empty cell
 * under the name's column (a text's columns placed so); undefined for any other line.
 */
function labelAndValue(l: SourceLine): [string, string] | undefined {
  const c = l.cells.length === 3 && l.cells[0]!.trim() === '' ? l.cells.slice(1) : l.cells;
  return c.length === 2 && LETTER_FIRST.test(c[0]!.trim()) && !DIGIT.test(c[0]!) && DIGIT.test(c[1]!) ? [c[0]!.trim(), c[1]!.trim()] : undefined;
}

/** The lines with each such record's lines joined into its name's row; the same array when there is none. */
export function fieldsBesideName(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  const kept: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const c = l.cells;
    const name = c.length === 3 ? c[0]!.trim() : '';
    if (name === '' || !LETTER_FIRST.test(name) || (DIGIT.test(name) && !PLACE_MARKS.test(name)) || columnOf(name) !== undefined || !figureLabel(c[1]!) || !DIGIT.test(c[2]!)) {
      kept.push(l);
      continue;
    }
    let k = i + 1;
    let figures = 0;
    for (; k < lines.length; k++) {
      const v = lines[k]!;
      const lv = v.page === l.page && v.line === lines[k - 1]!.line + 1 ? labelAndValue(v) : undefined;
      // (the next record's name with its first field is no line of this one: its first cell is a name, no label)
      if (lv === undefined) break;
      if (figureLabel(lv[0])) figures++;
    }
    if (figures === 0) {
      kept.push(l);
      continue;
    }
    const fields = [`${c[1]!.trim()} ${c[2]!.trim()}`, ...lines.slice(i + 1, k).map((v) => labelAndValue(v)!.join(' '))];
    const cells = [name, ...fields];
    kept.push({ ...l, cells, text: cells.join('\t'), took: true });
    out = kept;
    i = k - 1;
  }
  return out ?? lines;
}
