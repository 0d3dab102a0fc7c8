/**
 * A web page's cards, printed to PDF, set each field as a label and its value («Dekning   Super», «Avtalenummer
 * 2201 4471», «Pris   2 964 kr/år»): a text copy keeps them two cells apart, but a generator that collapses the gap
 * (LibreOffice and WeasyPrint from a page whose label and value are one run of text) leaves «Dekning Super» as one
 * item, a space between. Read so, «Dekning Super» is a heading or a sentence, and the card's cover level, plate and G
 * sum were lost. Where three lines or more in a row at one left edge each start with a card's label
 * (vocabulary.ts CARD_FIELD_LABELS) and go on with a value, the label and the value are set apart as two cells — the
 * card as its text has it. One line alone, or a line whose rest starts in lower case («Egenandel kasko 6 000 kr», «Sum
 * årspremie 57 316»: a longer label), is left as it is.
 */
import type { SourceLine } from '../source.js';
import { CARD_FIELD_LABELS } from '../vocabulary.js';
import { LAYOUT, type LLine } from './types.js';

/** At least this many field lines in a row make a card. */
const MIN_FIELDS = 3;
/** A value of a card's field is short: at most this many words. */
const MAX_VALUE_WORDS = 6;
/** The longest label, in words, tried at a line's start. */
const MAX_LABEL_WORDS = 4;

/**
 * The document's lines with the label and value of each card field as two cells (`body[k]` the logical line
 * `lines[k]` was made of). Done on the lines as joined — cells made earlier would stand as a table's columns, and the
 * lines around the card («Se detaljer» under it, the card's title over it) would join its rows as wrapped cells.
 */
export function cardFieldsApart(body: readonly LLine[], lines: SourceLine[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && labelLength(body[j]!, lines[j]!) !== undefined && (j === i || sameCard(body[j - 1]!, body[j]!))) j++;
    if (j - i >= MIN_FIELDS) {
      for (let k = i; k < j; k++) {
        const text = lines[k]!.cells[0]!.trim();
        const n = labelLength(body[k]!, lines[k]!)!;
        lines[k]!.cells = [text.slice(0, n), text.slice(n).trim()];
        lines[k]!.text = lines[k]!.cells.join('\t');
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** How many characters of the line's one cell its card label takes, or undefined where the line is no card field. */
function labelLength(l: LLine, s: SourceLine): number | undefined {
  // (one physical line of one item: a line the layout joined, or one with cells of its own, is something else)
  if (l.running || l.first !== l.last || l.first.mono || l.first.segs.length !== 1 || s.cells.length !== 1) return undefined;
  const words = s.cells[0]!.trim().split(/\s+/);
  for (let n = Math.min(MAX_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    if (!CARD_FIELD_LABELS.has(label.toLowerCase())) continue;
    const rest = words.slice(n);
    // (a rest in lower case is a longer label or a sentence)
    if (rest.length > MAX_VALUE_WORDS || !/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/.test(rest[0]!)) return undefined;
    return label.length;
  }
  return undefined;
}

/** Two field lines of one card: the same page, left edge and font size, the lower right under the upper. */
function sameCard(a: LLine, b: LLine): boolean {
  const [x, y] = [a.first, b.first];
  return x.page === y.page && x.size === y.size && Math.abs(x.segs[0]!.x0 - y.segs[0]!.x0) <= LAYOUT.alignX && y.y < x.y && x.y - y.y <= LAYOUT.maxLeading * x.size;
}
