/**
 * Step 2 of the PDF layout: running headers and footers (see src/parse/pdf-layout.ts).
 */
import { LAYOUT, type PLine } from './types.js';

const PAGE_NUMBER = /^(?:(?:side|page|s\.)\s*\d+(?:\s*(?:av|of|\/)\s*\d+)?|\d+\s*(?:av|of|\/)\s*\d+|-\s*\d+\s*-)$/i;
/** Lines that are running text wherever they stand in a page's margin zone, even on one page. */
const RUNNING_FORMS = [PAGE_NUMBER, /^FORSIKRINGSNUMMER\b/, /^UTSTEDT\b/];
const FIGURES = /\d+/g;
/**
 * A page number inside a line («Tryg Forsikring  Side 2 av 4  Avtalenr. …»): a page's running head
 * or foot, wherever it stands — its figures change from page to page, so it is compared with them
 * masked, as in the margin zone, and it never runs on into the line under or over it (join.ts).
 */
/** A cell that is a page number and nothing else («Side 2 av 4»): never a table's cell nor a wrapped line's. */
export const PAGE_CELL = /^(?:side|sidenr\.?:?|page)\s*\d+\s*(?:av|of|\/)\s*\d+$/i;
export const PAGE_OF = /(?:^|\s)(?:side|sidenr\.?:?|page)\s*\d+\s*(?:av|of|\/)\s*\d+(?!\d)/i;

/** The number of pages some lines are on; the lines in page order (as markRunning collects them). */
function pageCount(lines: PLine[]): number {
  let count = 0;
  let page = -1;
  for (let iL = 0; iL < lines.length; iL++) {
    const l = lines[iL]!;
    if (l.page !== page) {
      count++;
      page = l.page;
    }
  }
  return count;
}

/** Step 2: mark running headers and footers, and which occurrence of each to keep. */
export function markRunning(pages: PLine[][], heights: number[]): void {
  const { inMargin, inBody, sigOf } = bySignature(pages, heights);
  if (pages.length >= 2) {
    // in the body (outside the margins) at least three pages: two table rows with the same text
    // can stand at the same height on two pages by chance
    markRepeated(inMargin, 2, pages.length);
    markRepeated(inBody, 3, pages.length);
  }
  markPageNumbers(pages, heights);
  unmarkBodyText(pages);
  markKept(pages, sigOf);
}

/** Lines by their text; in the header and footer zones with figures masked (page numbers). */
function bySignature(pages: PLine[][], heights: number[]) {
  const inMargin = new Map<string, PLine[]>();
  const inBody = new Map<string, PLine[]>();
  const sigOf = new Map<PLine, string>();
  pages.forEach((lines, i) => {
    const h = heights[i] ?? 0;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      const margin = h <= 0 || l.y > h * (1 - LAYOUT.marginZone) || l.y < h * LAYOUT.marginZone || PAGE_OF.test(l.text);
      const sig = margin ? l.text.replace(FIGURES, '#') : l.text;
      const by = margin ? inMargin : inBody;
      const list = by.get(sig);
      if (list) list.push(l);
      else by.set(sig, [l]);
      if (margin) sigOf.set(l, sig);
    }
  });
  return { inMargin, inBody, sigOf };
}

/**
 * Lines of one signature repeated at the same height on a majority of the `n` pages, and on at
 * least `least`, are running (most signatures are ruled out by their count alone).
 */
function markRepeated(by: Map<string, PLine[]>, least: number, n: number): void {
  for (const list of by.values()) {
    if (list.length < least || list.length * 2 <= n) continue;
    const all = pageCount(list);
    if (all * 2 <= n) continue;
    // the lines at the height where the text stands on the most pages (the first such height)
    let best: PLine[] = [];
    let count = 0;
    for (let iRef = 0; iRef < list.length; iRef++) {
      const ref = list[iRef]!;
      const near = list.filter((l) => Math.abs(l.y - ref.y) <= LAYOUT.runningY);
      const pagesNear = pageCount(near);
      if (pagesNear > count) {
        best = near;
        count = pagesNear;
        if (count === all) break; // (no other height can have more)
      }
    }
    if (count >= least && count * 2 > n) for (let iL = 0; iL < best.length; iL++) best[iL]!.running = true;
  }
}

/** A page number or a FORSIKRINGSNUMMER line in the margin zone is running, even on one page. */
function markPageNumbers(pages: PLine[][], heights: number[]): void {
  pages.forEach((lines, i) => {
    const h = heights[i] ?? 0;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      if (l.running || l.segs.length !== 1) continue;
      if (h > 0 && l.y > h * LAYOUT.marginZone && l.y < h * (1 - LAYOUT.marginZone)) continue;
      if (!RUNNING_FORMS.some((re) => re.test(l.text))) continue;
      l.running = true;
    }
  });
}

/**
 * Running text stands at the top or the bottom of the page: a line repeated at the same place
 * with body text between it and the page's edge is body text (table rows that happen to stand
 * at the same height on two pages) — and so is one in the body's font size as close to the body
 * as a wrapped line (a table row broken over a page, the same on two pages).
 */
function unmarkBodyText(pages: PLine[][]): void {
  // (a running line with a page number in it is no table row broken over a page, however close
  // the body stands: a section title right under a running head)
  const close = (a: PLine, b: PLine) => {
    const size = Math.max(a.size, b.size);
    return a.y - b.y <= LAYOUT.wrapLeading * size && Math.abs(a.size - b.size) <= 0.05 * size && !(a.running && PAGE_OF.test(a.text)) && !(b.running && PAGE_OF.test(b.text));
  };
  for (let iLines = 0; iLines < pages.length; iLines++) {
    const lines = pages[iLines]!;
    let top = 0;
    while (top < lines.length && lines[top]!.running) top++;
    let bottom = lines.length - 1;
    while (bottom >= top && lines[bottom]!.running) bottom--;
    while (top > 0 && top < lines.length && close(lines[top - 1]!, lines[top]!)) top--;
    while (bottom >= top && bottom < lines.length - 1 && close(lines[bottom]!, lines[bottom + 1]!)) bottom++;
    for (let i = top; i <= bottom; i++) lines[i]!.running = false;
  }
}

/** Keep each running line once: per distinct text, except page numbers (one text per page). */
function markKept(pages: PLine[][], sigOf: Map<PLine, string>): void {
  const runs = new Map<string, PLine[]>();
  for (let iLines = 0; iLines < pages.length; iLines++) {
    const lines = pages[iLines]!;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      if (!l.running) continue;
      const sig = sigOf.has(l) ? `m\0${sigOf.get(l)}` : `b\0${l.text}`;
      const list = runs.get(sig);
      if (list) list.push(l);
      else runs.set(sig, [l]);
    }
  }
  for (const run of runs.values()) {
    const texts = new Set(run.map((l) => l.text));
    if (texts.size === run.length && run.length > 1) {
      run[0]!.keep = true;
      continue;
    }
    const seen = new Set<string>();
    for (let iL = 0; iL < run.length; iL++) {
      const l = run[iL]!;
      if (seen.has(l.text)) continue;
      seen.add(l.text);
      l.keep = true;
    }
  }
}
