import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';
import { dropCutWords, markCutAtEdge } from './page-edge.js';

const SIZE = 10;
/** Times' figures: 0,5 em. */
const FW = 0.5 * SIZE;

/**
 * A broker's overview set by groff on A4 (595 pt): its table wider than the page, the premium
 * column's «71 300» begun at 588,5 pt — pdf.js keeps the glyphs that begin on the page («71»,
 * the «1» crossing the edge) and drops « 300».
 */
function wideTable(): PageText {
  const row = (y: number, cells: [number, string][]): TextItem[] => cells.map(([x, str]) => ({ str, x, y, size: SIZE, width: str.length * FW }));
  return {
    height: 842,
    width: 595,
    items: [
      ...row(537.5, [[72, 'Forsikring'], [230, 'Forsikringssum'], [330, 'Egenandel'], [420, 'Sted'], [563, 'Premie']]),
      ...row(523.5, [[72, 'Bygning'], [230, '64 500 000'], [330, '25 000'], [420, 'Storgata 1'], [588.5, '71']]),
      ...row(509.5, [[72, 'Ansvar'], [230, '20 000 000'], [330, '50 000'], [420, 'Konsernet'], [570, '9 850']]),
    ],
  };
}

describe('text cut at the page’s right edge', () => {
  it('is taken out of its cell, with a warning on its line, and the rest of the row kept', () => {
    const pages = [wideTable()];
    expect(markCutAtEdge(pages)).toBe(1);
    const { lines } = layoutPages(pages);
    const warnings = dropCutWords(lines);
    const row = lines.find((l) => l.cells[0] === 'Bygning')!;
    expect(row.cells).toEqual(['Bygning', '64 500 000', '25 000', 'Storgata 1']);
    expect(row.text).not.toContain('71');
    expect(warnings).toEqual([{ page: 1, line: row.line, message: "«71» runs past the page's right edge and is cut there; not read" }]);
    // a figure that ends on the page is the document's
    expect(lines.find((l) => l.cells[0] === 'Ansvar')!.cells).toContain('9 850');
  });

  it('leaves a page without a known width, and text that ends on the page, as they are', () => {
    const page = wideTable();
    delete page.width;
    expect(markCutAtEdge([page])).toBe(0);
    const inside: PageText = { height: 842, width: 595, items: [{ str: 'Premie 2025', x: 540, y: 500, size: SIZE, width: 54.5 }] };
    expect(markCutAtEdge([inside])).toBe(0);
    expect(inside.items[0]!.str).toBe('Premie 2025');
  });
});
