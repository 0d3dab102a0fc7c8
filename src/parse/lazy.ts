/**
 * A pattern built the first time a reader asks for it. Building a regexp parses it, and a large
 * case-insensitive Unicode one (`iu`, with a class of letters) costs as much to build as a small one does to
 * compile; every run of skadekalk builds its patterns anew (a code cache holds no regexp), and most
 * documents never reach the reader that needs such a pattern.
 *
 * Letters are written as Latin ranges — [A-Za-zÀ-ÖØ-öø-ɏ], capitals [A-ZÀ-ÖØ-ÞČĐŊŠŦŽ], small letters [a-zß-öø-ÿčđŋšŧž] — never as
 * \p{L}, \p{Lu} or \p{Ll}: V8 builds a Unicode property's set from ICU each time it parses a pattern that names one, when
 * the pattern is made and again when it first runs, and with ~320 of them a parse of a renewal letter spent a tenth of
 * its instructions there. The documents are Norwegian (and Sami, and names from the rest of Europe): Latin script.
 * test/letter-classes.test.ts keeps it so.
 *
 * A word's start in a pattern with the `i` flag is a lookbehind, (?<![a-zæøå])word, never (?:^|[^a-zæøå])word: to compile a
 * negated class under `i`, V8 closes the class's complement (nearly every character) over case, and such a pattern cost
 * ~2–3× its lookbehind's compiling (~0,4 ms against ~0,15 ms). The two find the same words: where the class took the
 * character before the word, the lookbehind only looks at it — a caller of `exec` sees the match start one later, at the
 * word, with the same groups.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
