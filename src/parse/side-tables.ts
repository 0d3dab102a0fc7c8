/**
 * Two tables side by side in a PDF, laid out as one wide table: a farm's buildings («Bygning |
 * Forsikringssum | Pris/år») beside its movables and animals («Forsikring | Forsikringssum |
 * Pris/år»), each row of the page a row of each. Read as one table of six columns, the right
 * table's name stood beside the left table's figures, and the rows were read as the right table's
 * products with the left one's sums — wrong values. The text reader parts such a page at its gutter
 * (src/parse/text-columns.ts); the PDF's lines are parted here, by their cells: where a header's cells
 * are two whole tables' headers — a name column, then figure columns — and the second names a figure
 * column the first names too (no table names its sum twice), each line under it with as many cells is
 * read as two lines, the left table's rows first, then the right table's, each keeping its page and
 * line. A line of two headings right above («Bygninger | Løsøre, dyr og drift», no figures) is parted
 * with them.
 */
import { FIGURE_ROLES, headerRoles } from './text-columns.js';
import type { SourceLine } from './source.js';

/** The cell a header's second table begins at, or -1 when its cells are no two tables' headers. */
function splitAt(cells: readonly string[]): number {
  for (let m = 2; m <= cells.length - 2; m++) {
    const left = headerRoles(cells.slice(0, m).map((c) => c.trim()));
    const right = headerRoles(cells.slice(m).map((c) => c.trim()));
    if (left && right && right.some((r) => FIGURE_ROLES.has(r) && left.includes(r))) return m;
  }
  return -1;
}

/** A line of a part of the cells, or undefined when they are all empty. */
function part(l: SourceLine, cells: string[]): SourceLine | undefined {
  if (cells.every((c) => c.trim() === '')) return undefined;
  return { page: l.page, line: l.line, text: cells.join('\t'), cells };
}

/** The lines with each block of two tables side by side read as the left table's lines, then the right table's; the same array when there are none. */
export function sideTablesApart(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    const m = h.cells.length >= 4 ? splitAt(h.cells) : -1;
    if (m < 0) continue;
    let to = i;
    while (to + 1 < lines.length && lines[to + 1]!.page === h.page && lines[to + 1]!.cells.length === h.cells.length) to++;
    if (to === i) continue;
    const above = lines[i - 1];
    const from = above !== undefined && above.page === h.page && above.line === h.line - 1 && above.cells.length === 2 && !/\d/.test(above.text) && i - 1 >= copied ? i - 1 : i;
    out ??= [];
    out.push(...lines.slice(copied, from));
    const block = lines.slice(from, to + 1);
    const at = (l: SourceLine): number => (l === above ? 1 : m);
    for (const l of block) {
      const p = part(l, l.cells.slice(0, at(l)));
      if (p) out.push(p);
    }
    for (const l of block) {
      const p = part(l, l.cells.slice(at(l)));
      if (p) out.push(p);
    }
    copied = to + 1;
    i = to;
  }
  if (out === undefined) return lines;
  out.push(...lines.slice(copied));
  return out;
}
