/** Plain-text tables for people: columns padded on the visible text, colour applied after. */
export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

export function renderTable(columns: Column[], rows: string[][], opts: { indent?: string; rule?: boolean } = {}): string {
  const indent = opts.indent ?? '';
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((cell, i) => {
        const w = widths[i]!;
        const isLast = i === cells.length - 1;
        if (columns[i]?.align === 'right') return cell.padStart(w);
        return isLast ? cell : cell.padEnd(w);
      })
      .join('  ')
      .replace(/\s+$/, '');
  const out = [line(columns.map((c) => c.header))];
  if (opts.rule !== false) out.push(indent + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
  return out.join('\n') + '\n';
}
