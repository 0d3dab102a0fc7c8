/**
 * Joining the text of a cell's lines: a word broken at the line end is joined up again.
 */

const STARTS_SPACE = /^\s/;
const CONJUNCTION = /^(?:og|eller|samt|til|enn|and|or)\b/;
// (module constants, not literals in the functions: the bundler writes a literal with \p{…} as
// `new RegExp(…)`, which would build the pattern again on every call)
const LOWER_HYPHEN_END = /[a-zß-öø-ÿčđŋšŧž]-$/u;
const LOWER_START = /^[a-zß-öø-ÿčđŋšŧž]/u;
/** A word in capitals broken with a hyphen («YRKESSKADE-»), and a line that goes on in capitals («FORSIKRING»). */
const CAPS_HYPHEN_END = /(?:^|[\s/])[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]{4,}-$/u;
const CAPS_WORD_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]{2,}(?![a-zß-öø-ÿčđŋšŧž])/u;
const HYPHEN_END = /[A-Za-zÀ-ÖØ-öø-ɏ\p{N}/]-$/u;
const LETTER_OR_FIGURE_START = /^[A-Za-zÀ-ÖØ-öø-ɏ\p{N}]/u;
const SLASH_END = /[A-Za-zÀ-ÖØ-öø-ɏ\p{N}<-]\/$/u;
/** A word with a hyphen between letters («tak-over-tak», «list-style»). */
const COMPOUND = /[A-Za-zÀ-ÖØ-öø-ɏ]-[A-Za-zÀ-ÖØ-öø-ɏ]/u;
/** A name broken by a typesetter's hyphenation: its capitalised head («Mer-»), its rest a compound name's first part and the next capitalised one («cedes-Benz»). */
const NAME_HEAD = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]+-$/u;
const NAME_REST = /^[a-zß-öø-ÿčđŋšŧž]+-[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
/** The last and the first word of a text, words ending at spaces and slashes. */
const lastWord = (s: string) => s.slice(Math.max(s.lastIndexOf(' '), s.lastIndexOf('/')) + 1);
const firstWord = (s: string) => s.split(/[\s/]/, 1)[0] ?? '';

/**
 * Append a wrapped line's text to a cell's parts (they are joined with spaces): a word broken at
 * the line end is joined up again.
 * - A soft hyphen (U+00AD) at the end: hyphenation; dropped, the word joined («vann\u00AD» «avløp»).
 * - A hyphen right after a lower-case letter, the next line starting with a lower-case letter:
 *   hyphenation; dropped («brannfor-» «sikringssummen» → «brannforsikringssummen»), except before
 *   og/eller/… («kjøle-» «og fryserom» stays «kjøle- og fryserom»), and in a word that has another
 *   hyphen between letters («tak-» «over-tak», «list-style-» «type»: a compound, kept; words end at
 *   spaces and slashes, so «reparasjons-/gjenoppbygnings-» «perioden» is still joined). A hard
 *   hyphen in a compound written in lower case («framdrifts-maskineri») cannot be told from this
 *   and loses its hyphen — but not after one letter alone: hyphenation leaves two letters or more
 *   on the line (TeX's and the browsers' least), so «e-» «tron» and «e-» «post» are «e-tron» and
 *   «e-post», as written.
 * - The same in capitals, a heading set in upper case: a word of four capitals or more broken with
 *   a hyphen, the next line going on in capitals («KOMBINERT YRKESSKADE-» «FORSIKRING» →
 *   «YRKESSKADEFORSIKRING»); «IT-» «UTSTYR» and «BRANN-» «OG VANNSKADE» keep theirs.
 * - A hyphen right after another letter, a digit or «/»: kept, no space («IT-» «utstyr»,
 *   «22-» «30 G», «Yrkesskade/-» «sykdom»).
 * - A slash right after a letter, a digit, «-» or «<»: word processors break after it («tyveri/» «ran»,
 *   «</» «ul>»): no space. A break at a space after a slash («repareres/ gjenoppføres», «v/ Per»)
 *   looks the same and loses its space: positions cannot tell, and «x/y» is by far the more common
 *   (161 to 2 in the corpus). «Lag /» keeps it.
 * A hyphen after a space or a comma («Kr 10 000 -», «kr 10.000,-») is text of its own: a space.
 */
export function appendPart(parts: string[], text: string): void {
  const i = parts.length - 1;
  const prev = parts[i];
  if (prev === undefined) {
    parts.push(text);
    return;
  }
  // the end tests read the last three code units: the mark and the code point before it (one
  // surrogate pair at most) — a pattern anchored at the end would scan the whole cell text
  const end = prev.slice(-3);
  if (prev.endsWith('\u00AD')) {
    parts[i] = prev.slice(0, -1) + text;
  } else if (LOWER_HYPHEN_END.test(end) && LOWER_START.test(text) && !CONJUNCTION.test(text) && lastWord(prev).length > 2 && !COMPOUND.test(lastWord(prev).slice(0, -1)) && (!COMPOUND.test(firstWord(text)) || hyphenatedName(prev, text))) {
    parts[i] = prev.slice(0, -1) + text;
  } else if (CAPS_HYPHEN_END.test(lastWord(prev)) && CAPS_WORD_START.test(text) && !CONJUNCTION.test(text.toLowerCase()) && !COMPOUND.test(lastWord(prev).slice(0, -1))) {
    parts[i] = prev.slice(0, -1) + text;
  } else if (HYPHEN_END.test(end) && LETTER_OR_FIGURE_START.test(text) && !CONJUNCTION.test(text.toLowerCase())) {
    parts[i] = prev + text;
  } else if (SLASH_END.test(end) && !STARTS_SPACE.test(text)) {
    parts[i] = prev + text;
  } else {
    parts.push(text);
  }
}

/** «Mer-» «cedes-Benz»: a compound name («Mercedes-Benz», «Rolls-Royce») hyphenated in its first part — not a compound in lower case («tak-» «over-tak»), which is kept. */
function hyphenatedName(prev: string, text: string): boolean {
  return NAME_HEAD.test(lastWord(prev)) && NAME_REST.test(firstWord(text));
}
