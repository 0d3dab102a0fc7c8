/**
 * Text for people, on its way out: control characters shown escaped, widths measured as a
 * terminal shows them, lines fitted to the width.
 *
 * - A claim field, a parameter source or a document line can hold control characters (ESC, BEL,
 *   CR, bidirectional overrides …). Written raw, they would move the cursor, retitle or clear
 *   the terminal, or reorder what a statement shows; so every one is shown as an escape
 *   (`\x1b`, `\r`, `\u202e`). Only the line breaks stay, and the colour codes skadekalk itself adds.
 * - Widths are string-width's (wide characters take two columns, combining marks none, colour
 *   codes none; a control character the width of its escape). string-width is loaded only for a
 *   text that has a character beyond the narrow ones Norwegian text is made of (Latin letters,
 *   «», –, ‰, →): for those its answer is one column each, and loading it costs ~350 M
 *   instructions (its Unicode-property patterns and an Intl.Segmenter), four times a whole
 *   `node -e 0` (86 M) — `naturskade --sum N --year Y` went from 116 M to 461 M (callgrind).
 *   textOutput (src/cli/common.ts) loads it first when the text needs it.
 * - Wrapping is greedy, at spaces (never inside an amount), here rather than by wrap-ansi: wrap-ansi imports string-width
 *   and makes an Intl.Segmenter of its own when it is loaded, so it costs the same ~350 M
 *   instructions for every text with one line too long (`params g` on 80 columns: +290 % of the
 *   command), far over the 10 % that allows a hand-written version.
 */
import type stringWidthFn from 'string-width';

/** The width of text for people when the terminal's is not known. */
export const DEFAULT_WIDTH = 80;

/** C0 except the line feed, DEL, C1, and the bidirectional embeddings, overrides and isolates. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\t': '\\t', '\r': '\\r' };

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/** Every control character of a text shown as an escape; line breaks kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** A colour code (SGR) as chalk writes it. */
const SGR = /^\x1b\[[0-9;]*m/;
const SGR_ALL = /\x1b\[[0-9;]*m/g;

/**
 * The coloured rendering of a text with the control characters of its content escaped, but its
 * own colour codes kept. `plain` is the same rendering without colour: the colours only insert
 * codes, so walking both side by side tells a code the styling added (not in `plain`) from an
 * ESC that came with the content (in both). Where an added code and a content ESC begin at the
 * same place, which of them is taken first does not change what the terminal shows.
 */
export function escapeControlsKeepingColour(coloured: string, plain: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < coloured.length; ) {
    const c = coloured[i]!;
    if (j < plain.length && c === plain[j]) {
      out += c === '\n' ? c : c.replace(CONTROL, escapeOne);
      i++;
      j++;
      continue;
    }
    const code = SGR.exec(coloured.slice(i, i + 32));
    // not a code the styling added: the two renderings differ in content, so trust neither
    if (code === null) return escapeControls(plain);
    out += code[0];
    i += code[0].length;
  }
  return j === plain.length ? out : escapeControls(plain);
}

/**
 * Characters one column wide, for which string-width answers 1: printable ASCII, Latin-1 and
 * Latin Extended (not the soft hyphen), general punctuation («», –, —, …, ‰), the euro sign,
 * arrows, the minus sign. (Tested against string-width itself in text.test.ts.)
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20ac\u2190-\u2199\u2212]*$/;

let library: typeof stringWidthFn | undefined;

/** Whether measuring a text needs string-width (it has a character outside the narrow ones, control characters aside). */
export function needsWidthLibrary(text: string): boolean {
  return !NARROW.test(text.replace(SGR_ALL, '').replace(/\n/g, '').replace(CONTROL, ''));
}

/** Load string-width, for texts that need it. */
export async function loadWidthLibrary(): Promise<void> {
  library ??= (await import('string-width')).default;
}

/** The columns a text takes on a terminal once its control characters are escaped. */
export function textWidth(text: string): number {
  const visible = text.includes('\x1b') ? text.replace(SGR_ALL, '') : text;
  if (NARROW.test(visible)) return visible.length;
  const shown = visible.replace(CONTROL, escapeOne);
  if (NARROW.test(shown)) return shown.length;
  // (not loaded: a renderer used without textOutput; code points are the best guess then)
  return library !== undefined ? library(shown) : [...shown].length;
}

/** `text` padded with spaces to `width` columns, on the left (`right` aligned) or the right. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A word longer than the width, cut into pieces of at most `width` columns (colour codes kept whole). */
function cut(word: string, width: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (let i = 0; i < word.length; ) {
    const code = word[i] === '\x1b' ? SGR.exec(word.slice(i, i + 32)) : null;
    const unit = code !== null ? code[0] : String.fromCodePoint(word.codePointAt(i)!);
    if (code === null && piece !== '' && textWidth(piece + unit) > width) {
      out.push(piece);
      piece = '';
    }
    piece += unit;
    i += unit.length;
  }
  if (piece !== '') out.push(piece);
  return out;
}

/** «kr», «-kr», «(kr»: the next word starts an amount. */
const KR = /(?:^|[-(])kr$/i;
const DIGIT_END = /\d$/;
/** A further group of a number: «000», «153,37», «000,00),». */
const GROUP = /^\d{3}(?:,\d+)?[)\]]?[,.;:]?$/;
/** A unit that stays with its number: «%», «‰», «G», «år». */
const UNIT = /^(?:%|‰|G|år)[,.;:)]?$/;

/**
 * The words of a text, an amount kept as one («kr 146 153,37», «52 600 000», «3,4 %», «4,5 G»):
 * a line is never broken inside a number.
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(' ')) {
    if (w === '') continue;
    const prev = out[out.length - 1];
    const plain = prev?.replace(SGR_ALL, '');
    if (prev !== undefined && plain !== undefined && ((KR.test(plain) && /^\d/.test(w)) || (DIGIT_END.test(plain) && (GROUP.test(w) || UNIT.test(w))))) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * A text broken into lines of at most `width` columns: at spaces where it can be (not inside an
 * amount), inside a word where it must. With `hang`, the lines after the first start with that
 * many spaces (and hold that much less).
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  if (textWidth(text) <= Math.max(1, width)) return [text];
  const indent = ' '.repeat(hang < width / 2 ? hang : 0);
  const lines: string[] = [];
  const room = (): number => Math.max(1, lines.length === 0 ? width : width - indent.length);
  let line = '';
  const push = (l: string): void => {
    lines.push(lines.length === 0 ? l : indent + l);
  };
  for (const word of words(text)) {
    if (line !== '' && textWidth(line) + 1 + textWidth(word) <= room()) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') push(line);
    let rest = word;
    while (textWidth(rest) > room()) {
      const [piece, ...more] = cut(rest, room());
      push(piece!);
      rest = more.join('');
    }
    line = rest;
  }
  if (line !== '') push(line);
  return lines;
}

/** Every line of a text at most `width` columns: a longer one wraps, continued two spaces further in. */
export function fitToWidth(text: string, width: number): string {
  const lines = text.split('\n');
  let changed = false;
  const out = lines.map((line) => {
    if (textWidth(line) <= width) return line;
    changed = true;
    const spaces = /^ */.exec(line)![0];
    // the line's indent and the continuation's, unless so deep that little room would be left
    const deep = spaces.length + 2 > width / 2;
    const lead = deep ? '' : spaces;
    const indent = deep ? '' : `${spaces}  `;
    const [first, ...rest] = wrapText(line.slice(spaces.length), width - indent.length);
    return [lead + first, ...rest.map((l) => indent + l)].join('\n');
  });
  return changed ? out.join('\n') : text;
}
