/**
 * A pattern built the first time a reader asks for it. Building a regexp parses it, and a large
 * case-insensitive Unicode one (`iu`, with `\p{L}`) costs as much to build as a small one does to
 * compile; every run of skadekalk builds its patterns anew (a code cache holds no regexp), and most
 * documents never reach the reader that needs such a pattern.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
