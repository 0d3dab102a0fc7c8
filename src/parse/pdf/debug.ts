/**
 * The PDF layout's stages as text, for `skadekalk parse --debug-layout` — as Tabula and
 * pdfplumber show theirs (words, edges, cells): for each page its positioned text items, its
 * horizontal rules when they were read, its physical lines with their cells' edges, the tables
 * found (columns, amount columns, how rows are set apart), and for every physical line the logical
 * line it went to and why; then the lines and cells the extractors read.
 *
 * The report is for people working out why a document reads as it does; its form may change from
 * one version to the next (it is not a machine format).
 */
import type { SourceLine } from '../source.js';
import type { JoinTrace } from './join.js';
import type { PageText, PLine, TableBlock } from './types.js';

/** What the layout steps hand to the report. */
export interface LayoutDebug {
  plines: PLine[][];
  joins: Map<PLine, { line: number; why: string }>;
  trace: JoinTrace;
}

export function layoutDebug(): LayoutDebug {
  const joins = new Map<PLine, { line: number; why: string }>();
  return { plines: [], joins, trace: (p, line, why) => joins.set(p, { line, why }) };
}

const f1 = (n: number) => n.toFixed(1);
const q = (s: string) => JSON.stringify(s);

/** The report: every page's stages, then the document's lines and cells. */
export function debugReport(pages: PageText[], dbg: LayoutDebug, lines: SourceLine[], running: SourceLine[]): string {
  const out: string[] = [];
  pages.forEach((page, i) => {
    const pl = dbg.plines[i] ?? [];
    out.push(`== page ${i + 1}: ${f1(page.height)} pt high, ${page.items.length} text items, ${page.rules ? `${page.rules.length} rules read` : 'rules not read'}`);
    out.push('-- text items (x, baseline y, width, font size, text)');
    for (const it of page.items) out.push(`  ${f1(it.x).padStart(7)} ${f1(it.y).padStart(7)} ${f1(it.width).padStart(6)} ${f1(it.size).padStart(5)}  ${q(it.str)}`);
    if (page.rules) {
      out.push('-- rules (x0–x1 at y)');
      for (const r of page.rules) out.push(`  ${f1(r.x0)}–${f1(r.x1)} at ${f1(r.y)}`);
    }
    out.push('-- physical lines (baseline y, font size, cells as x0–x1 «text»)');
    const ids = new Map<PLine, string>();
    pl.forEach((l, k) => ids.set(l, `L${i + 1}.${k + 1}`));
    for (const l of pl) {
      const cells = l.segs.map((s) => `${f1(s.x0)}–${f1(s.x1)} ${q(s.text)}`).join('  |  ');
      out.push(`  ${ids.get(l)!.padEnd(7)} y ${f1(l.y).padStart(6)}  ${f1(l.size).padStart(4)}  ${cells}`);
    }
    out.push(...tables(pl, ids));
    out.push('-- physical line → logical line (#), and why');
    for (const l of pl) {
      const j = dbg.joins.get(l);
      out.push(`  ${ids.get(l)!.padEnd(7)} → ${j ? `${j.line ? `#${j.line}` : '—'} ${j.why}` : '(not read)'}`);
    }
  });
  out.push('== lines and cells (what the extractors read)');
  for (const l of running) out.push(`  running p${l.page} #${l.line}  ${JSON.stringify(l.cells)}`);
  for (const l of lines) out.push(`  p${l.page} #${l.line}  ${JSON.stringify(l.cells)}${l.rowsUncertain ? '  (rows uncertain)' : ''}${l.offColumns ? '  (off the columns above)' : ''}`);
  return `${out.join('\n')}\n`;
}

/** The tables found on a page: their lines, columns and how their rows are told apart. */
function tables(pl: PLine[], ids: Map<PLine, string>): string[] {
  const seen = new Map<TableBlock, PLine[]>();
  for (const l of pl) {
    if (!l.table) continue;
    const list = seen.get(l.table);
    if (list) list.push(l);
    else seen.set(l.table, [l]);
  }
  if (seen.size === 0) return ['-- tables: none'];
  const out = ['-- tables (columns by left edge; rows told apart by rules, by space, or by anchors)'];
  for (const [t, ls] of seen) {
    const starts: number[] = [];
    for (const l of ls) for (const s of l.segs) if (!starts.some((x) => Math.abs(x - s.x0) <= 2.5)) starts.push(s.x0);
    starts.sort((a, b) => a - b);
    const cols = starts.map((x) => (t.amountCols.some((a) => Math.abs(a - x) <= 2.5) ? `${f1(x)} (amounts)` : f1(x))).join(', ');
    const rows = t.ruled ? 'rules drawn between rows' : t.spaced ? 'rows set apart by space' : t.amountCols.length ? 'rows at the line pitch: anchors (amounts, new values)' : 'rows at the line pitch, no amounts: rows may be uncertain';
    const ruled = ls.filter((l) => l.ruleAbove).map((l) => ids.get(l)).join(' ');
    out.push(`  ${ids.get(ls[0]!)}–${ids.get(ls[ls.length - 1]!)}: columns at x ${cols}; ${rows}${ruled ? `; a rule above ${ruled}` : ''}`);
  }
  return out;
}
