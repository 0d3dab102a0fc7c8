/**
 * JSON with its numbers kept as written. `JSON.parse` turns `15.000` into 15 and `15000.125` into a
 * float: the digits a person typed are gone before anyone can judge them. Claims judge a number by
 * its text (`15.000` is ambiguous, money has at most two decimals), so a number whose JSON value
 * could differ from its text becomes a string of its source text, read later under the same rule
 * as any string.
 *
 * Fast and exact. A parsed value without any number (a batch whose amounts are strings) needs
 * nothing more: a walk over its values tells. Otherwise the text is checked: a JSON number outside
 * a string always follows `:`, `,` or `[` (and white space), and one that is not a plain integer
 * has a digit followed by `.`, `e` or `E`; an integer of 16 or more digits may not be exact as a
 * double. A text in which no such pattern occurs anywhere is exactly what JSON.parse gave (the
 * common case of whole kroner as numbers); only a text where the pattern occurs (perhaps inside a
 * string) is scanned, and then every number outside strings becomes its source text.
 */

const MAYBE_INEXACT = /[:,[][ \t\r\n]*-?(?:\d+[.eE]|\d{16})/;

/** Parse JSON; numbers that are not plain integers of up to 15 digits come back as their source text. */
export function parseJsonKeepingNumbers(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (!hasNumber(value, 0) || !MAYBE_INEXACT.test(text)) return value;
  return JSON.parse(numbersAsStrings(text));
}

/** Does a parsed JSON value hold a number anywhere? (Deeper than 64 levels: assume it does.) */
function hasNumber(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return true;
  if (v === null || typeof v !== 'object') return false;
  if (depth > 64) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (hasNumber(v[i], depth + 1)) return true;
    return false;
  }
  for (const k in v) if (hasNumber((v as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}

/** Does the text hold a number token that JSON.parse might not give back exactly? (For tests.) */
export function mayHoldInexactNumber(text: string): boolean {
  return MAYBE_INEXACT.test(text);
}

function isNumberChar(c: number): boolean {
  // 0-9 . e E + -
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/**
 * The JSON text with every number outside a string quoted (`{"a": 15.000}` → `{"a": "15.000"}`).
 * A text that is not JSON stays not JSON (JSON.parse then reports it).
 */
export function numbersAsStrings(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else i++;
      }
      i++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const start = i;
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      out += `${text.slice(from, start)}"${text.slice(start, i)}"`;
      from = i;
    } else {
      i++;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
