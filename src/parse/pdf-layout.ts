/**
 * PDF layout: positioned text items (what pdf.js's getTextContent gives) → the document's lines
 * and cells, with running headers and footers set aside. Pure: no pdf.js here, so it is tested
 * with hand-made items (src/parse/pdf-layout.test.ts). Each step is a module of src/parse/pdf/:
 * lines.ts (1), running.ts (2), join.ts (3, with words.ts for joining a cell's text), grid.ts (4);
 * types.ts holds the thresholds and the geometry they share.
 *
 * The steps, with the thresholds in LAYOUT (all relative to the font size where they can be):
 *
 * 1. Physical lines. Items whose baselines are within `sameLine` × font size are one line; in
 *    a line, items are ordered by x, and a gap wider than `cellGap` × font size (about one
 *    character height) starts a new cell. A narrower gap between items is a space (when it is
 *    wider than `wordGap` × font size and neither item carries one), so «Kr 10 000» stays one
 *    cell and «Kr 6 000      Kr 10 000» set far apart becomes two. Narrower gaps (at least
 *    `softCellGap`) are cell boundaries in a table where other rows of the page have a column
 *    starting at that x (tables with narrow cell padding; see splitAtColumns), or where the
 *    table's header row above starts a cell, or ends one where the text after the gap ends (a
 *    table of one row, amounts set right under a right-aligned header). A list marker set
 *    apart from its text («-», «•», «1.» and a tab or hanging indent) is part of the text's cell.
 *    Words of a justified line set apart wider than `cellGap` by equal stretched spaces are one
 *    cell (joinJustified); so is a word a wrapped cell's justified line stretched away from the
 *    rest (joinStretchedWords). Two amounts that are items of their own («kr 4 150 000»,
 *    «15 000») are two cells even when set closer than `cellGap`. A smaller item raised or lowered by up to `scriptShift` × the line's
 *    size (a superscript «m²», a footnote mark) is on the line. Rotated text (stamps, margin notes)
 *    never gets here (src/parse/pdf.ts drops it). A line set in a fixed-width font (a text file
 *    printed: every character 0,6 em) has spaces wider than `softCellGap`: only gaps of `cellGap`
 *    (two spaces or more) split its cells there. Labelled fields set side by side closer than
 *    `cellGap` («Org.nr.: 914 337 208» 3 points from «Hovedforfall: 01.04.2025») are split before
 *    the next label (lines.ts splitFieldPairs); a table of one row whose items stand at least
 *    `softCellGap` apart, two of them amounts with their labels («sum 880 000», «egenandel 10 000»),
 *    is split at every item (splitLabelledAmounts).
 *
 * 2. Running headers and footers. A line repeated at the same height (± `runningY` points) on
 *    more than half of the pages, and on at least two, is running text — compared with its digits
 *    masked in the top and bottom `marginZone` of the page, so «Side 3 av 12» and «Side 4 av 12»
 *    are the same footer (in the body, only the same text counts, on at least three pages: two
 *    table rows can stand at the same height on two pages by chance). A lone page number
 *    («Side 3 av 12», «3 / 12», «- 3 -») in the top or bottom `marginZone` of a page is a footer
 *    even in a one-page document; a line with a page number in it («Tryg  Side 2 av 4  Avtalenr. …»)
 *    is compared with its figures masked wherever it stands, and never joins the line under or over
 *    it (step 3). Running lines are removed from the body; each is kept once (its
 *    first occurrence; once per distinct text when a header changes from page to page without
 *    being a page number, e.g. two policy numbers in one file). Running lines stand at the edge of
 *    the page: one with a body line between it and the top and the bottom of its page is body text,
 *    and so is one in the body's font size as close to the body as a wrapped line (a table row
 *    broken over a page that happens to read the same on two pages).
 *
 * 3. Wrapped lines joined. A line continues the line above it when
 *    - on the same page, it is at most `wrapLeading` × font size below it (a new paragraph or a
 *      new table row comes after extra space) — or the document's own leading where it sets its
 *      wrapped lines further apart (a browser's `line-height`), or in a table whose rows are not set
 *      apart by space its own line distance (up to `maxLeading`) — and every one of its cells starts at the x of a
 *      column of the line above (± `alignX` points; a bullet's hanging indent counts). Running
 *      text must also have been wrapped: the line above had no room left for the next line's first
 *      word (`room` test), so short lines that follow each other closely (list items, addresses)
 *      stay apart;
 *    - across a page break (last line of a page, first line of the next), every one of its cells
 *      continues a cell of the line above that was cut at its column's right edge (the `room`
 *      test against the column's edge: the widest text seen in that column, at least the next
 *      column's x less `gutterMax` × font size, for the last column the widest text on any page).
 *      A one-cell line is judged against its own widest line when it has wrapped already, else
 *      against the widest text at its x on any page: a short line (a heading, a list of links)
 *      never runs on onto the next page, even where it could be a cell of a narrow column.
 *    A continuation is appended to its column's cell with one space (a word hyphenated at the
 *    line end is joined up again: see appendPart). A line may also add cells in new columns to a
 *    table row: cells centred vertically in their row start lower than the row's tallest cell
 *    (see newColumnOk). A list item after «…:» or after another list item is a line of its own.
 *    Lines in a fixed-width font are never joined: a text file printed has its lines as the text
 *    has them, and they are read as the text is.
 *
 * 4. Tables. Consecutive lines with two or more cells (and one-cell lines whose cell starts at a
 *    column other than the first) form a table; its columns are the x positions its cells start
 *    at, and each of its lines gets one cell per column, empty where it has no text — so
 *    `\t\tText` and `A\t\tC` come back with their empty cells. One-cell lines at the first column
 *    (a title row, a paragraph) keep one cell and do not end the table when the next line fits
 *    its columns. A short line at the margin with a wrapped block right below it whose left edge
 *    is right of the line's end is a two-row table with one cell per row (`Definisjoner\t`, then
 *    `\t<ul…>`): see termAndBlock.
 *
 * A table's header row repeated at the top of the next page while the table goes on (browsers
 * and word processors repeat it) is dropped there: the text has it once.
 *
 * Two blocks of labelled fields side by side (an object's name, then «Forsikringssum kr …»,
 * «Egenandel kr …» under it, in each column; a gutter free of text between) are read left block
 * first, then the right one, each field a line of its own (src/parse/pdf/flow.ts sideBySide).
 *
 * Two columns of running text on a page (a conditions page set in two columns) are read like a
 * two-column table: the left column's text in the first cell, the right column's in the second,
 * each in reading order, never interleaved line by line (a paragraph gap in one column puts the
 * columns' lines off each other's baselines; those lines are read as cells of one row — see
 * newColumnOk). Paragraph breaks inside the columns are not kept. A short page whose columns'
 * lines seldom share a baseline (headings in a larger size) is in two columns too when every line
 * keeps to one side of the gutter and both sides have wrapped running text (flow.ts columnsFilled).
 *
 * Line numbers are 1-based across the document in reading order (pages in order, each page top
 * to bottom); the kept occurrence of a running line has its own number at its place.
 */
import { findTables } from './pdf/columns.js';
import type { LayoutDebug } from './pdf/debug.js';
import { finish, type Layout } from './pdf/grid.js';
import { joinLines } from './pdf/join.js';
import { readingOrder } from './pdf/flow.js';
import { columnParts } from './pdf/gutter.js';
import { physicalLines } from './pdf/lines.js';
import { markRunning } from './pdf/running.js';
import type { PageText } from './pdf/types.js';

export { LAYOUT, type PageText, type Rule, type TextItem } from './pdf/types.js';
export type { Layout } from './pdf/grid.js';

/**
 * Positioned items of every page → the document's lines (see the module comment). With `debug`,
 * the stages are kept there for the debug report (src/parse/pdf/debug.ts).
 */
export function layoutPages(pages: PageText[], debug?: LayoutDebug): Layout {
  // (a page in two columns of a proportional font, found from its items' gutter: each column's
  // lines built on their own, the left column's before the right's — pdf/gutter.ts)
  const plines = pages.map((p, i) => {
    const parts = columnParts(p);
    return parts ? parts.flatMap((part) => readingOrder(physicalLines(part, i + 1))) : readingOrder(physicalLines(p, i + 1));
  });
  if (debug) debug.plines = plines;
  markRunning(
    plines,
    pages.map((p) => p.height),
  );
  const body = plines.map((lines) => lines.filter((l) => !l.running));
  const textTables = findTables(
    body,
    pages.map((p) => p.rules),
  );
  const { logical, uncertainPages } = joinLines(plines, body, debug?.trace);
  const wantRules = [...new Set([...uncertainPages, ...textTables])].filter((n) => !pages[n - 1]!.rules).sort((a, b) => a - b);
  return { ...finish(logical), wantRules };
}
