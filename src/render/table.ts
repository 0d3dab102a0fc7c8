/**
 * Plain-text tables for people: columns two spaces apart, padded on what a terminal shows
 * (textWidth: colour codes take no room, wide characters two), a rule under the header.
 *
 * Given a width, a table wider than it is narrowed: the widest column that may wrap (by default
 * every left-aligned one; amounts are right-aligned and never wrap) gives up a column at a time
 * until the table fits, and its cells wrap onto more lines of the same row (wrapText); a header
 * may wrap at its spaces. A table that cannot fit so is shown row by row (see expanded()). A
 * table that fits is written as it always was.
 *
 * (cli-table3 was the candidate library: it draws boxed tables, does not fit a table to a width
 * by itself — its column widths would still be computed here — and measures with string-width
 * on every cell, which src/render/text.ts loads only when a text needs it.)
 */
import { pad, textWidth, wrapText } from './text.js';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
  /** Whether the cells may wrap to fit a width (default: left-aligned columns may). */
  wrap?: boolean;
}

export interface TableOptions {
  /** Put before every line (counts towards the width). */
  indent?: string;
  /** A rule of dashes under the header (default true). */
  rule?: boolean;
  /** The columns the table may take in all; none: as wide as its cells. */
  width?: number;
}

/** The narrowest a wrapping column is made (unless its header has a longer word). */
const MIN_WRAP = 12;

const longestWord = (text: string): number => Math.max(0, ...text.split(' ').map(textWidth));

/**
 * Column widths that fit `room`, or undefined when none do. A wrapping column gives up a column
 * at a time (the widest first) down to MIN_WRAP; any column's header may wrap down to its
 * longest word.
 */
function fitWidths(columns: Column[], rows: string[][], natural: number[], room: number): number[] | undefined {
  const widths = [...natural];
  const floor = columns.map((c, i) => {
    const word = longestWord(c.header);
    const cells = (c.wrap ?? c.align !== 'right') ? MIN_WRAP : Math.max(0, ...rows.map((r) => textWidth(r[i] ?? '')));
    return Math.min(natural[i]!, Math.max(word, cells));
  });
  let excess = widths.reduce((a, w) => a + w, 2 * (columns.length - 1)) - room;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return undefined;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

/**
 * A table too wide for its room even with its columns wrapped, one row after another: the
 * row's first cell, then each other column's header and cell on a line of its own (as psql's
 * expanded display).
 */
function expanded(columns: Column[], rows: string[][], indent: string, room: number): string {
  const label = Math.min(Math.max(0, ...columns.slice(1).map((c) => textWidth(c.header))), Math.floor(room / 3));
  const out: string[] = [];
  const put = (first: string, more: string, text: string): void => {
    const [head, ...rest] = wrapText(text, room - textWidth(more));
    out.push(indent + first + head, ...rest.map((l) => indent + more + l));
  };
  for (const r of rows) {
    put('', '  ', r[0] ?? '');
    for (let i = 1; i < columns.length; i++) {
      const cell = r[i] ?? '';
      if (cell === '') continue;
      const header = columns[i]!.header;
      const lead = `  ${header === '' ? '' : `${pad(header, label)}  `}`;
      put(lead, ' '.repeat(lead.length), cell);
    }
  }
  return out.map((l) => l.replace(/\s+$/, '')).join('\n') + '\n';
}

export function renderTable(columns: Column[], rows: string[][], opts: TableOptions = {}): string {
  const indent = opts.indent ?? '';
  const natural = columns.map((c, i) => Math.max(textWidth(c.header), ...rows.map((r) => textWidth(r[i] ?? ''))));
  let widths = natural;
  if (opts.width !== undefined && natural.reduce((a, w) => a + w, indent.length + 2 * (columns.length - 1)) > opts.width) {
    const room = opts.width - indent.length;
    const fitted = fitWidths(columns, rows, natural, room);
    if (fitted === undefined) return expanded(columns, rows, indent, room);
    widths = fitted;
  }
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((cell, i) => {
        const isLast = i === cells.length - 1;
        if (columns[i]?.align === 'right') return pad(cell, widths[i]!, 'right');
        return isLast ? cell : pad(cell, widths[i]!);
      })
      .join('  ')
      .replace(/\s+$/, '');
  /** One row: as many lines as its tallest wrapped cell. */
  const rowLines = (cells: string[]): string[] => {
    // a wrapped text cell goes on two spaces further in, so that its lines read as one
    const parts = cells.map((cell, i) => (textWidth(cell) > widths[i]! ? wrapText(cell, widths[i]!, columns[i]?.align === 'right' ? 0 : 2) : [cell]));
    const height = Math.max(...parts.map((p) => p.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) out.push(line(parts.map((p) => p[k] ?? '')));
    return out;
  };
  const out = rowLines(columns.map((c) => c.header));
  if (opts.rule !== false) out.push(indent + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(...rowLines(r));
  return out.join('\n') + '\n';
}
