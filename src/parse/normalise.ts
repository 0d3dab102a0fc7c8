/**
 * The one normalisation of a document's text, before any reader sees it (text documents in
 * textToSource, PDF documents cell by cell in input.ts): text copied from web pages and PDFs
 * carries characters a person does not see, and each of them, inside a figure, used to change the
 * figure silently («0,0​8» read as 8 ‰, a BOM in «kr 38.400.000,-» read as kr 38,40).
 *
 * - **Invisible and format characters are removed**: zero-width space, joiners (ZWNJ, ZWJ), word
 *   joiner, a BOM inside the text, soft hyphen, direction marks and embeddings (LRM, RLM, ALM,
 *   LRE … PDF, isolates), invisible operators, variation selectors, the combining grapheme joiner,
 *   Hangul and Mongolian fillers, interlinear annotation marks and tag characters.
 * - **Every kind of space becomes an ordinary space** (no-break, narrow no-break, figure, thin,
 *   hair, U+2000–U+200A, medium mathematical, ideographic, Ogham), with two rules that keep
 *   figures and columns what they were:
 *   - a run of them (two no-break spaces, or one beside a tab) stays a run: a column gap in a table
 *     aligned with no-break spaces is still a column gap; one beside a single ordinary space is one
 *     space (a no-break space typed next to a space is not a column);
 *   - one between two figures' characters is a thousands separator only where it groups digits
 *     by three (`38 400 000`, `1 234,50`); anywhere else in a figure (`0,0 8`, `38.4 00.000`,
 *     `20 24`) it is taken out when what is left reads as one number, and a warning names the
 *     line either way: the writer may have meant two figures, and a guess is never silent.
 * - **Hyphens and minus signs** (U+2010–U+2012, U+2212) become `-`; en and em dashes stay (ranges
 *   `22–30 G` read them).
 * - Decomposed letters (`a` + ring) are composed (NFC), so «på» is «på» to every word test.
 * - Line and paragraph separators (U+2028, U+2029) are left in place: the text reader breaks
 *   lines on them (src/parse/text.ts), a PDF cell reads them as a space.
 * - **Quote markers of a forwarded or answered e-mail** (`> `, `>> `, `> > ` at a line's start)
 *   are taken off every quoted line (`unquoteLines`), so that the readers see the lines as they
 *   were written: «> Fornyelse: 01.01.2025» is «Fornyelse: 01.01.2025», «> Bygninger ...... 4,1 %»
 *   a rate line. Only in a document that quotes: two or more lines marked so with words (or a `|`
 *   table's row) after the marker (a lone «> 10 G» in a table is a comparison, not a quote). Line numbers stay those of
 *   the file, so a warning names the line an editor shows.
 *
 * Cost: a document without any such character (the common case) is returned as it is after one
 * scan by one small pattern; only a document with one pays for the rest.
 */
import type { SourceDocument, SourceLine, SourceWarning } from './source.js';

/**
 * Any character this module changes (and U+2028/2029, which the line reader handles); a tag
 * character is a surrogate pair that starts with U+DB40. (One character class: the scan of a whole
 * document stays a simple loop.)
 */
const SPECIAL = /[\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F\u2000-\u2012\u2028-\u202F\u205F-\u206F\u2212\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u0300-\u036F\uDB40]/;

/** Characters removed: invisible and format characters (see the module comment). */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** Space characters other than the ordinary space and tab. */
const SPACE_KINDS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const HYPHENS = /[\u2010-\u2012\u2212]/g;
const COMBINING = /[\u0300-\u036F]/;

/** A place where a space inside a figure was taken out or kept without being a thousands separator. */
export interface NormaliseNote {
  /** Offset in the normalised text. */
  offset: number;
  message: string;
}

export interface Normalised {
  text: string;
  notes: NormaliseNote[];
}

/** True when the text has a character the normalisation changes (the fast path's test). */
export function needsNormalising(text: string): boolean {
  return SPECIAL.test(text);
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || (c !== undefined && SPACE_KIND_SET.has(c));
const SPACE_KIND_SET = new Set(['\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000']);
/** A character of a figure as documents write it: digits and the separators `.` and `,`. */
const isFigureChar = (c: string | undefined): boolean => isDigit(c) || c === '.' || c === ',';

/** A quote marker at a line's start: one or more `>`, each with blanks around it («> », «>> », «> > »). */
const QUOTE_MARK = /^[ \t]*>(?:[ \t]*>)*(?: |\t|$|(?=[A-Za-zÀ-ÖØ-öø-ÿ«(]))/;
/**
 * A quoted line with a word after its marker, or a `|` table's row («> | Produkt | Forsikringssum |»,
 * never a comparison): the test of a document that quotes.
 */
const QUOTED_WORDS = /^[ \t]*>(?:[ \t]*>)*[ \t]*(?:[A-Za-zÀ-ÖØ-öø-ÿ«(]|\|[ \t]*[-:A-Za-zÀ-ÖØ-öø-ÿ«(])/;

/**
 * Lines of a quoted e-mail without their quote markers (see the module comment); the lines as they
 * are when fewer than two lines quote words. `text(i)` reads line i's raw text, `set(i, raw)`
 * writes it back without the marker.
 */
export function unquoteLines(count: number, text: (i: number) => string, set: (i: number, raw: string) => void): void {
  let quoted = 0;
  for (let i = 0; i < count && quoted < 2; i++) if (text(i).includes('>') && QUOTED_WORDS.test(text(i))) quoted++;
  if (quoted < 2) return;
  for (let i = 0; i < count; i++) {
    const t = text(i);
    if (!t.includes('>')) continue;
    const m = QUOTE_MARK.exec(t);
    // (the rest keeps its own indentation: columns aligned under the marker stay aligned)
    if (m) set(i, t.slice(m[0].length));
  }
}

/** The text normalised, with a note for every space inside a figure that is not a thousands separator. */
export function normaliseText(text: string): Normalised {
  if (!SPECIAL.test(text)) return { text, notes: [] };
  let t = text.replace(INVISIBLE, '');
  if (COMBINING.test(t)) t = t.normalize('NFC');
  t = t.replace(HYPHENS, '-');
  const notes: NormaliseNote[] = [];
  // output is built alongside, so a note's offset is one in the normalised text
  let out = '';
  let from = 0;
  SPACE_KINDS.lastIndex = 0;
  for (let m = SPACE_KINDS.exec(t); m; m = SPACE_KINDS.exec(t)) {
    const i = m.index;
    out += t.slice(from, i);
    from = i + 1;
    const prev = t[i - 1];
    const next = t[i + 1];
    if (isBlank(prev) || isBlank(next)) {
      // part of a run: a column gap stays one; a lone special space beside one ordinary space is one space
      const ordinaryPair = (prev === ' ' && !isBlank(t[i - 2]) && !isBlank(next)) || (next === ' ' && !isBlank(t[i + 2]) && !isBlank(prev));
      if (!ordinaryPair) out += ' ';
      continue;
    }
    if (!isFigureChar(prev) || !isFigureChar(next) || !(isDigit(prev) || isDigit(next))) {
      out += ' ';
      continue;
    }
    const inFigure = spaceInFigure(t, i);
    if (inFigure.kind === 'thousands') out += ' ';
    else {
      // 'joined': the space is taken out and the joined figure is read; 'apart': two figures
      if (inFigure.kind === 'apart') out += ' ';
      notes.push({ offset: out.length, message: inFigure.message });
    }
  }
  out += t.slice(from);
  // a line separator inside a figure («0,0⏎8») does not break the line there: the figure is joined, and a note says so
  if (out.includes('\u2028') || out.includes('\u2029')) out = joinSeparatedFigures(out, notes);
  return { text: out, notes };
}

/**
 * Line and paragraph separators at a figure: between two of its characters taken out (with a note),
 * between it and a blank taken out too (a line does not end there: «FORSIKRINGSNUMMER ⏎70112358»);
 * others stay line breaks. The notes already made move back by the characters taken out before them.
 */
function joinSeparatedFigures(t: string, notes: NormaliseNote[]): string {
  const removed: number[] = [];
  /** Of those, the ones between two characters of a figure (a note says so). */
  const inFigure = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== '\u2028' && c !== '\u2029') continue;
    const prev = t[i - 1];
    const next = t[i + 1];
    if (isFigureChar(prev) && isFigureChar(next) && (isDigit(prev) || isDigit(next))) {
      removed.push(i);
      inFigure.add(i);
    } else if ((isDigit(prev) && isBlank(next)) || (isBlank(prev) && isDigit(next))) removed.push(i);
  }
  if (removed.length === 0) return t;
  for (const n of notes) n.offset -= removed.filter((p) => p < n.offset).length;
  let out = '';
  let from = 0;
  for (const p of removed) {
    out += t.slice(from, p);
    from = p + 1;
    if (inFigure.has(p)) notes.push({ offset: out.length, message: 'a line separator inside a figure was taken out; check the figure' });
  }
  notes.sort((a, b) => a.offset - b.offset);
  return out + t.slice(from);
}

type InFigure = { kind: 'thousands' } | { kind: 'joined' | 'apart'; message: string };

/**
 * A single special space at `i` between two characters of figures: a thousands separator, or
 * not — then it is taken out when the two sides read as one number (`0,0 8` → `0,08`), else kept
 * as a space between two figures.
 */
function spaceInFigure(t: string, i: number): InFigure {
  // the run of digits and single spaces of any kind around it, e.g. «38 400 000»
  let a = i;
  while (a > 0 && (isDigit(t[a - 1]) || (isBlank(t[a - 1]) && t[a - 1] !== '\t' && isDigit(t[a - 2]) && !isBlank(t[a - 2])))) a--;
  let b = i + 1;
  while (b < t.length && (isDigit(t[b]) || (isBlank(t[b]) && t[b] !== '\t' && isDigit(t[b + 1]) && !isBlank(t[b - 1])))) b++;
  const group = t.slice(a, b).replace(/\s/g, ' ');
  const before = t[a - 1];
  const after = t[b];
  if (/^\d{1,3}(?: \d{3})+$/.test(group) && !isFigureChar(before) && !(after === '.' && isDigit(t[b + 1]))) return { kind: 'thousands' };
  // the figure's characters on each side (no spaces): «0,0» and «8»
  let l = i;
  while (l > 0 && isFigureChar(t[l - 1])) l--;
  let r = i + 1;
  while (r < t.length && isFigureChar(t[r])) r++;
  const left = t.slice(l, i);
  const right = t.slice(i + 1, r);
  const joined = left + right;
  const shown = `${left}·${right}`;
  if (readsAsOneNumber(joined)) {
    return { kind: 'joined', message: `an invisible space inside the figure «${shown}» was taken out (read as ${joined}); check the figure` };
  }
  return { kind: 'apart', message: `a no-break or thin space between «${left}» and «${right}» was read as a gap between two figures; check them` };
}

/** `0,065`, `38.400.000`, `118620`, `1.500,50`: one Norwegian number (a loose shape test: the readers decide the value). */
function readsAsOneNumber(s: string): boolean {
  return /^\d+(?:,\d+)?$/.test(s) || /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) || /^\d+\.\d+$/.test(s);
}

/** A PDF cell normalised: as text, with a line or paragraph separator read as a space. */
export function normaliseCell(cell: string): Normalised {
  const n = normaliseText(cell);
  return n.text.includes('\u2028') || n.text.includes('\u2029') ? { text: n.text.replace(/[\u2028\u2029]/g, ' '), notes: n.notes } : n;
}

/**
 * A PDF's lines normalised cell by cell (the text reader normalises the whole text before it
 * splits lines; a PDF's lines come from positioned items, so its cells are normalised here).
 */
export function normaliseSource(doc: SourceDocument): SourceDocument {
  const warnings: SourceWarning[] = doc.warnings ? doc.warnings.slice() : [];
  const fix = (line: SourceLine): SourceLine => {
    if (!line.cells.some(needsNormalising)) return line;
    const cells = line.cells.map((c) => {
      const n = normaliseCell(c);
      for (const note of n.notes) warnings.push({ page: line.page, line: line.line, message: note.message });
      return n.text;
    });
    return { ...line, cells, text: cells.length === 1 ? cells[0]! : cells.join('\t') };
  };
  const lines = doc.lines.map(fix);
  // a printed e-mail's quote markers, off the line's first cell (a lone «>» cell goes with them)
  unquoteLines(
    lines.length,
    (i) => lines[i]!.cells[0] ?? '',
    (i, raw) => {
      const l = lines[i]!;
      const cells = raw.trim() === '' && l.cells.length > 1 ? l.cells.slice(1) : [raw.trimStart(), ...l.cells.slice(1)];
      lines[i] = { ...l, cells, text: cells.length === 1 ? cells[0]! : cells.join('\t') };
    },
  );
  const out: SourceDocument = { ...doc, lines: lines.filter((l) => l.cells.some((c) => c.trim() !== '')), running: doc.running.map(fix) };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}
