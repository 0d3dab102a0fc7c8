/**
 * Lower case for the extractors' word tests. Regexps with the `i` flag cost about twice as much
 * to compile and more to run, and every run of skadekalk compiles its regexps anew (a code
 * cache holds no regexp code); so the extractors test a text's lower case with `includes` and
 * with lower-case patterns without the flag, and decide just as the case-insensitive ones would.
 */

/**
 * Characters a case-insensitive regexp does not match with their lower case: İ (whose lower
 * case is two characters), ẞ, K KELVIN SIGN and Å ANGSTROM SIGN (whose lower cases are ß, k and
 * å). Every other character whose lower case is a Latin-1 letter is matched with it.
 */
const ODD_CASE = /[\u0130\u1E9E\u212A\u212B]/;

/**
 * A text in lower case, of the same length (offsets carry over), with a character lower-cased
 * exactly when a case-insensitive regexp matches it with its lower case: a lower-case pattern
 * (letters and classes of Latin-1 letters) matches it where the pattern with `i` matches the text.
 */
export function lowerCase(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length && !ODD_CASE.test(s) ? l : s.replace(/[^\u0130\u1E9E\u212A\u212B]+/g, (run) => run.toLowerCase());
}
