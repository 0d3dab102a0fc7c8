/**
 * A text file printed: a plain-text document (an e-mail, a system's letter, a schedule lined up
 * with spaces) opened in a word processor as text and saved as PDF, or printed. Every line stands
 * as the text had it, in one font and one size, and the runs of spaces that lined its columns up
 * are there as space. In a proportional font those columns stand unevenly on the page — a space
 * is narrower than most letters, so «Livsforsikring» plus 35 spaces ends further left than
 * «Veterinærforsikring Basis» plus 24 — and the layout's columns, which come from x positions,
 * would split one column into several. But the gaps are whole numbers of spaces: counted, they
 * give back the text's own lines, which are then read as the text is (src/parse/text.ts).
 *
 * The test is the space itself: every gap between two items of a line, and every line's indent
 * from the left margin, is a whole number of one space width (to ±`FIT` of a space), for one
 * width found in the document. A typeset document — tables with padded cells, justified lines,
 * headings in another size — does not pass it: its gaps are what its layout made them. A text
 * whose cells are apart by tabs is printed with its cells at the word processor's default tab
 * stops (every 1,25 cm in LibreOffice, every 1,27 cm in Word): where every gap ends at such a stop,
 * the gaps are tabs, as many as the stops they pass.
 *
 * A line longer than the page is wrapped by the word processor: a line that has no room left for
 * the next line's first word before the right margin (as wide as the left one) goes on in it (the
 * word processor broke it at a space). A text in a fixed-width font is printed as it stands: its
 * lines are never joined.
 * Pure: tested with hand-made items (printed-text.test.ts).
 */
import type { PageText, TextItem } from './types.js';

/** How far from a whole number of spaces a gap may be (× one space), for the document to pass. */
const FIT = 0.12;
/** The share of gaps and indents that must be whole numbers of spaces. */
const SHARE = 0.97;
/** Gaps and indents the test needs before it says anything: fewer prove nothing. */
const LEAST = 12;
/** Space widths tried, × the font size: from a narrow proportional font's space to a fixed-width font's character. */
const SPACE_EM = { min: 0.18, max: 0.62, step: 0.0005 };

/** Default tab stops, in points: LibreOffice's 1,25 cm and Word's 1,27 cm (½ inch). */
const TAB_STOPS = [(1.25 / 2.54) * 72, 36];
/** How far from a tab stop a cell may start (points) to stand at it. */
const AT_STOP = 0.3;

/** How the gaps of the document's lines are written: spaces of one width, or tabs to stops this far apart. */
type Gaps = { space: number } | { tab: number };

/** A line of one page: its baseline and its items, left to right. */
interface PrintedLine {
  y: number;
  items: TextItem[];
  /** The lines it was wrapped into (see unwrapped). */
  more?: PrintedLine[];
  /** The baseline of the last of those lines. */
  last?: number;
}

/**
 * The document's text with its lines and spaces as they were printed, pages apart by form feeds;
 * undefined when the PDF is no text file printed (see the module comment).
 */
export function printedText(pages: readonly PageText[]): string | undefined {
  const size = oneSize(pages);
  if (size === undefined) return undefined;
  const lined = pages.map((p) => linesOf(p.items, size));
  const margin = Math.min(...pages.flatMap((p) => p.items.map((it) => it.x)));
  const values = measures(lined, margin, size);
  const tab = tabStop(values.ends, margin);
  const space = tab === undefined ? spaceWidth(values.gaps, size) : undefined;
  const gaps: Gaps | undefined = tab !== undefined ? { tab } : space !== undefined ? { space } : undefined;
  if (gaps === undefined) return undefined;
  if ('space' in gaps) {
    // (two spaces between words pdf.js gives as one: see widenedSpaces)
    const metric = fontMetric(pages, size);
    if (metric) for (const lines of lined) for (const l of lines) l.items = l.items.map((it) => widenedSpaces(it, metric, size, gaps.space));
  }
  const leading = lineDistance(lined, size);
  // (the right margin as wide as the left one, as a word processor sets a page; a page of unknown
  // width is not unwrapped, nor is a text in a fixed-width font: printed as it stands, its lines
  // are the text's own, and a printing program's margins need not be even)
  const fixed = 'space' in gaps && gaps.space >= size * MONO_SPACE;
  const text = lined
    .map((lines, i) => {
      const width = pages[i]!.width;
      return pageText(width && !fixed ? unwrapped(lines, margin, leading, width - margin, size) : lines, margin, gaps, leading);
    })
    .join('\n\f');
  return text;
}

/**
 * The default tab stop every gap ends at (a text of tab-separated cells printed), or undefined.
 * A gap's end is its cell's x from the margin.
 */
function tabStop(ends: readonly number[], margin: number): number | undefined {
  if (ends.length < LEAST) return undefined;
  return TAB_STOPS.find((t) => {
    const at = ends.filter((x) => {
      const k = Math.round((x - margin) / t);
      return k >= 1 && Math.abs(x - margin - k * t) <= AT_STOP;
    }).length;
    return at >= ends.length * SHARE;
  });
}

/** The one font size of every item (±2 %), or undefined: a text file printed has one. */
function oneSize(pages: readonly PageText[]): number | undefined {
  let size: number | undefined;
  for (const p of pages) {
    for (const it of p.items) {
      size ??= it.size;
      if (Math.abs(it.size - size) > size * 0.02) return undefined;
    }
  }
  return size;
}

/** A page's items → its lines, top to bottom (items on one baseline within 0,4 of the size). */
function linesOf(items: readonly TextItem[], size: number): PrintedLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PrintedLine[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last !== undefined && Math.abs(last.y - it.y) <= size * 0.4) last.items.push(it);
    else lines.push({ y: it.y, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Every gap between two items of a line and every line's indent, in points (what must be whole
 * spaces), and the x where each of them ends (what must be tab stops).
 */
function measures(lined: readonly PrintedLine[][], margin: number, size: number): { gaps: number[]; ends: number[] } {
  const gaps: number[] = [];
  const ends: number[] = [];
  for (const lines of lined) {
    for (const l of lines) {
      const indent = l.items[0]!.x - margin;
      if (indent > size * 0.1) {
        gaps.push(indent);
        ends.push(l.items[0]!.x);
      }
      for (let i = 1; i < l.items.length; i++) {
        const prev = l.items[i - 1]!;
        const gap = l.items[i]!.x - (prev.x + prev.width);
        // (items that touch: one word in two runs — a font change, a kerning pair)
        if (gap > size * 0.1) {
          gaps.push(gap);
          ends.push(l.items[i]!.x);
        }
      }
    }
  }
  return { gaps, ends };
}

/** A space at least this wide (× the size) is a fixed-width font's (Courier's is 0,6 em; proportional fonts' 0,2–0,33 em). */
const MONO_SPACE = 0.5;

/** How many of the measures the widths are tried on; the best is then checked on them all. */
const SAMPLE = 300;

/**
 * The width of one space for which (nearly) every measure is a whole number of spaces, or
 * undefined. Of the widths that fit, the widest: half a space fits every even count too. (The widths
 * are tried on the first measures only: a long typeset PDF has thousands, and a text printed is
 * told by a few hundred as well as by all.)
 */
function spaceWidth(values: readonly number[], size: number): number | undefined {
  if (values.length < LEAST) return undefined;
  const sample = values.length > SAMPLE ? values.slice(0, SAMPLE) : values;
  let best: number | undefined;
  let bestShare = 0;
  for (let em = SPACE_EM.min; em <= SPACE_EM.max; em += SPACE_EM.step) {
    const share = wholeShare(sample, em * size);
    if (share >= bestShare - 1e-9) {
      best = em * size;
      bestShare = share;
    }
  }
  if (best === undefined || bestShare < SHARE) return undefined;
  return sample === values || wholeShare(values, best) >= SHARE ? best : undefined;
}

/** The share of the measures that are a whole number (one or more) of spaces `w` wide. */
function wholeShare(values: readonly number[], w: number): number {
  let fits = 0;
  for (const v of values) {
    const n = v / w;
    if (Math.round(n) >= 1 && Math.abs(n - Math.round(n)) <= FIT) fits++;
  }
  return fits / values.length;
}

/**
 * One line's height: the smallest distance between consecutive baselines that is seen twice or
 * more (within 0,3 points) — the distances between lines with empty lines between are multiples of it.
 */
function lineDistance(lined: readonly PrintedLine[][], size: number): number {
  const ds = lined.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y)).filter((d) => d >= size * 0.8);
  ds.sort((a, b) => a - b);
  for (let i = 1; i < ds.length; i++) if (ds[i]! - ds[i - 1]! <= 0.3) return (ds[i]! + ds[i - 1]!) / 2;
  return ds[0] ?? 0;
}

/**
 * A page's lines with each line the word processor wrapped joined by the line it goes on in: a
 * line with no room left before the right edge for the next line's first word, the next line right
 * under it and at the margin. The continuation is the line's `more` (joined with the space the line
 * was broken at); `last` is the baseline of its last physical line.
 */
function unwrapped(lines: readonly PrintedLine[], margin: number, leading: number, right: number, size: number): PrintedLine[] {
  const out: PrintedLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && wrapsInto(prev, l, margin, leading, right, size)) {
      (prev.more ??= []).push(l);
      prev.last = l.y;
    } else out.push({ y: l.y, items: l.items });
  }
  return out;
}

/** A line of rule characters: a text's separator («-----», «=====», «_____»). */
const RULE = /^\s*([-=_–—*·.])\1{4,}\s*$/;

/** Does `next` go on with `line` (see unwrapped)? */
function wrapsInto(line: PrintedLine, next: PrintedLine, margin: number, leading: number, right: number, size: number): boolean {
  const first = next.items[0]!;
  if (first.x - margin > size * 0.1 || Math.abs((line.last ?? line.y) - next.y - leading) > size * 0.1) return false;
  // (the end of the line's last physical line: a line wrapped twice)
  const tail = line.more?.[line.more.length - 1] ?? line;
  const end = tail.items[tail.items.length - 1]!;
  const word = /^\S*/.exec(first.str)![0];
  // (a rule of dashes under a heading, «-------…», wider than the room left after any line: a separator, not a word the
  // line had no room for — the heading above it kept its figure, «YRKESSKADE – lovbestemt   Årspremie kr 58 310»)
  if (RULE.test(first.str)) return false;
  const wordWidth = first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
  return end.x + end.width + size * 0.25 + wordWidth > right;
}

/** A page's lines as text: indents and gaps as spaces or tabs, and the empty lines between its lines. */
function pageText(lines: readonly PrintedLine[], margin: number, gaps: Gaps, leading: number): string {
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && leading > 0) {
      const prev = lines[i - 1]!;
      const empty = Math.round(((prev.last ?? prev.y) - l.y) / leading) - 1;
      for (let k = 0; k < empty; k++) out.push('');
    }
    const parts = [gap(margin, l.items[0]!.x, margin, gaps) + lineText(l, margin, gaps)];
    for (const m of l.more ?? []) parts.push(lineText(m, margin, gaps));
    out.push(parts.join(' '));
  });
  return out.join('\n');
}

/** A line's items with the gaps between them. */
function lineText(l: PrintedLine, margin: number, gaps: Gaps): string {
  let text = '';
  l.items.forEach((it, k) => {
    if (k > 0) text += gap(l.items[k - 1]!.x + l.items[k - 1]!.width, it.x, margin, gaps);
    text += it.str;
  });
  return text;
}

/** The spaces, or tabs, that stood between `from` and `to` on the line. */
function gap(from: number, to: number, margin: number, gaps: Gaps): string {
  if ('space' in gaps) return ' '.repeat(Math.max(0, Math.round((to - from) / gaps.space)));
  if (to - from <= AT_STOP) return '';
  // a tab runs to the next stop after where the text ends
  const stops = Math.round((to - margin) / gaps.tab) - Math.floor((from - margin + AT_STOP) / gaps.tab);
  return '\t'.repeat(Math.max(1, stops));
}

/**
 * Advance widths (per 1000 units of the size) of the fonts a word processor prints a text file in
 * when it is set in a proportional font: LibreOffice's Liberation Serif and Word's Times New Roman
 * (Times's metrics), Liberation Sans and Arial (Helvetica's) — from Adobe's core font metrics.
 */
const METRICS: readonly (readonly [number, string])[][] = [
  // Times-Roman
  [
  [180, '\''],
  [200, '|¦'],
  [250, ' ,. ·'],
  [276, 'ª'],
  [278, '/:;\\ijltìíîï'],
  [300, '²³¹'],
  [310, 'º'],
  [333, '!()-I[]`fr‚ˆ‹‘’˜›¡¨­¯´¸ÌÍÎÏ'],
  [350, '•'],
  [389, 'Jsš'],
  [400, '°'],
  [408, '"'],
  [444, '?acez„“”ž¿àáâãäåçèéêë'],
  [453, '¶'],
  [469, '^'],
  [480, '{}'],
  [500, '#$*0123456789_bdghknopquvxy€ƒ†‡–Ÿ¢£¤¥§«µ»ßðñòóôõöøùúûüýþÿ'],
  [541, '~'],
  [556, 'FPSŠÞ'],
  [564, '+<=>¬±×÷'],
  [611, 'ELTZŽÈÉÊË'],
  [667, 'BCRÇæ'],
  [722, 'ADGHKNOQUVXYwœÀÁÂÃÄÅÐÑÒÓÔÕÖØÙÚÛÜÝ'],
  [750, '¼½¾'],
  [760, '©®'],
  [778, '&m'],
  [833, '%'],
  [889, 'MŒÆ'],
  [921, '@'],
  [944, 'W'],
  [980, '™'],
  [1000, '…‰—'],
  ],
  // Helvetica
  [
  [191, '\''],
  [222, 'ijl‚‘’'],
  [260, '|¦'],
  [278, ' !,./:;I[\\]ft ·ÌÍÎÏìíîï'],
  [333, '()-`r„ˆ‹“”˜›¡¨­¯²³´¸¹'],
  [334, '{}'],
  [350, '•'],
  [355, '"'],
  [365, 'º'],
  [370, 'ª'],
  [389, '*'],
  [400, '°'],
  [469, '^'],
  [500, 'JcksvxyzšžŸçýÿ'],
  [537, '¶'],
  [556, '#$0123456789?L_abdeghnopqu€ƒ†‡–¢£¤¥§«µ»àáâãäåèéêëðñòóôõöùúûüþ'],
  [584, '+<=>~¬±×÷'],
  [611, 'FTZŽ¿ßø'],
  [667, '&ABEKPSVXYŠÀÁÂÃÄÅÈÉÊËÝÞ'],
  [722, 'CDHNRUwÇÐÑÙÚÛÜ'],
  [737, '©®'],
  [778, 'GOQÒÓÔÕÖØ'],
  [833, 'Mm'],
  [834, '¼½¾'],
  [889, '%æ'],
  [944, 'Wœ'],
  [1000, '…‰Œ—™Æ'],
  [1015, '@'],
  ],
];

/** A font's advance widths by character. */
type Metric = Map<string, number>;

const METRIC_MAPS: Metric[] = METRICS.map((groups) => {
  const m: Metric = new Map();
  for (const [w, chars] of groups) for (const ch of chars) m.set(ch, w);
  return m;
});

/** An item's width in `metric` at `size`, or undefined when it has a character the font's table lacks. */
function setWidth(str: string, metric: Metric, size: number): number | undefined {
  let w = 0;
  for (const ch of str) {
    const a = metric.get(ch);
    if (a === undefined) return undefined;
    w += a;
  }
  return (w * size) / 1000;
}

/** How close (points, or share of its width) an item's width must be to what the font sets. */
const METRIC_FIT = { pt: 0.3, share: 0.004 };
/** Items of one word the font's widths are tried on before they say anything. */
const METRIC_LEAST = 8;

/**
 * The font table that sets (nearly) every one-word item of the document at its width, or undefined
 * (a font whose widths are not known here: nothing is changed).
 */
function fontMetric(pages: readonly PageText[], size: number): Metric | undefined {
  return METRIC_MAPS.find((metric) => {
    let tried = 0;
    let fit = 0;
    for (const p of pages) {
      for (const it of p.items) {
        if (/\s/.test(it.str)) continue;
        const w = setWidth(it.str, metric, size);
        if (w === undefined) continue;
        tried++;
        if (Math.abs(w - it.width) <= Math.max(METRIC_FIT.pt, it.width * METRIC_FIT.share)) fit++;
      }
    }
    return tried >= METRIC_LEAST && fit >= tried * SHARE;
  });
}

/**
 * An item with its spaces as the text had them. pdf.js gives a gap narrower than 0,6 em inside a
 * run of text as one space and ends the item at a wider one, so two spaces of a proportional font
 * (0,5–0,56 em) that set two cells of a text file apart («Forsikringssum  Egenandel» in a header,
 * «------  ------» under it) come as one, and three or more end the item: each run of spaces in an
 * item was one space or two. The item is then wider than its characters and one space a run by
 * whole spaces, one for each run that was two. Where every run was (one run and one space over, or
 * «Forsikringssum Egenandel Årspris» two runs and two over), each gets its second space back; where
 * only some were, nothing in the item tells which, and it is left as pdf.js gave it, as is an item
 * whose extra width is not whole spaces.
 */
function widenedSpaces(it: TextItem, metric: Metric, size: number, space: number): TextItem {
  if (!/\S\s+\S/.test(it.str)) return it;
  const w = setWidth(it.str.replace(/\s/g, ' '), metric, size);
  if (w === undefined) return it;
  const extra = (it.width - w) / space;
  const k = Math.round(extra);
  const runs = it.str.trim().split(/\s+/);
  if (k < 1 || k !== runs.length - 1 || Math.abs(extra - k) > 0.25) return it;
  return { ...it, str: runs.join('  ') };
}
