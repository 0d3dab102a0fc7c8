/**
 * Text cut at the page's right edge. A table wider than the page (a man-style page set by groff, a
 * wide sheet printed on A4) runs off the paper: pdf.js keeps the glyphs that begin on the page and
 * drops the rest, so «71 300» in the last column comes out as «71» — a figure that reads well and
 * is wrong. The glyph that crosses the edge shows where: an item reaching past the page's width was
 * cut there, and its last word is not what the document says.
 *
 * The cut word is marked on the item (a private-use character the layout carries along as text),
 * and once the lines are laid out the mark's word is taken out of its cell and the line gets a
 * warning: a value missed, not a wrong one.
 */
import type { SourceLine, SourceWarning } from '../source.js';
import type { PageText } from './types.js';

/** The mark put after a cut word (Unicode's private use: no document's text). */
export const CUT = '\uE000';
/** An item ends past the page's width by more than this, in points, when it was cut (rounding of widths stays under it). */
const EDGE_SLACK = 0.5;

/** Mark every item that reaches past its page's right edge; the number of items marked. */
export function markCutAtEdge(pages: PageText[]): number {
  let n = 0;
  for (const page of pages) {
    if (page.width === undefined || page.width <= 0) continue;
    for (const it of page.items) {
      if (it.x + it.width > page.width + EDGE_SLACK && !it.str.endsWith(CUT)) {
        it.str = it.str.trimEnd() + CUT;
        n++;
      }
    }
  }
  return n;
}

/** A cell's word cut at the edge, with the mark: the characters after the last space. */
const CUT_WORD = new RegExp(`\\s*(\\S*)${CUT}`, 'g');

/** Take the cut words out of the lines' cells, a warning on each line that had one. */
export function dropCutWords(lines: SourceLine[]): SourceWarning[] {
  const warnings: SourceWarning[] = [];
  for (const line of lines) {
    if (!line.text.includes(CUT)) continue;
    const cut: string[] = [];
    // (a cell that was the cut word alone is gone, as a PDF's empty cell is)
    line.cells = line.cells.map((c) => c.replace(CUT_WORD, (_m, w: string) => (cut.push(w), '')).trim()).filter((c) => c !== '');
    line.text = line.cells.join('\t');
    warnings.push({ page: line.page, line: line.line, message: `${cut.map((w) => `«${w}»`).join(' and ')} runs past the page's right edge and is cut there; not read` });
  }
  return warnings;
}
