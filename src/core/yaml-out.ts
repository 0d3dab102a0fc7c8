/**
 * YAML output for the machine formats: plain data (what JSON.stringify would write) → the same
 * text as the yaml library's `stringify` with the options skadekalk uses (no line folding, no
 * anchors, no directives), without loading that library.
 *
 * Why not the library: every `--format yaml` run (and `parse`, whose default format is YAML)
 * pays for building the library's document tree in code that runs once per process; for a
 * policy model that is ~3 ms of a ~50 ms command (DESIGN §7 budgets `parse` at 2× a bare Node
 * start). Reading YAML stays with the library (src/core/data.ts): that is where the hard cases
 * are (aliases, tags, duplicate keys).
 *
 * The contract, tested in yaml-out.test.ts against the library itself:
 * - for any JSON value, the library reads back exactly that value;
 * - for the strings skadekalk writes (one line, printable), the text is byte-identical to the
 *   library's, a line that starts with a document marker (`---`, `...`) included. Where the
 *   library would choose a block scalar for a string over several lines, this writes a
 *   double-quoted string: as valid, only less pretty.
 */

/** Strings the yaml library never writes plain (its own test, yaml 2.x stringifyString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Control characters and lone surrogates: the library writes these double-quoted. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\uD800-\uDFFF]/;

// (The two tests below are code, not regular expressions: every run of skadekalk compiles its
// regexps anew, and the one pattern of the core schema's types was ~7 KB of machine code.)

/** Words the YAML 1.2 core schema reads as null, true, false, infinity or not-a-number. */
const SPECIAL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '.nan', '.NaN', '.NAN']);
for (const inf of ['.inf', '.Inf', '.INF']) for (const sign of ['', '+', '-']) SPECIAL_WORDS.add(sign + inf);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Digits from `i` on; the index after them. */
function digits(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether a string would read back as another type in the YAML 1.2 core schema: null, a
 * boolean, an integer (decimal, 0o octal, 0x hex) or a float (`1.5`, `.5`, `5.`, `1e5`, `.inf`).
 */
export function readsAsOtherType(s: string): boolean {
  if (SPECIAL_WORDS.has(s)) return true;
  if (s[0] === '0' && (s[1] === 'o' || s[1] === 'x')) return s.length > 2 && (s[1] === 'o' ? /^[0-7]+$/ : /^[0-9a-fA-F]+$/).test(s.slice(2));
  // [-+]? (digits [. digits?]? | . digits) ([eE] [-+]? digits)?
  let i = s[0] === '-' || s[0] === '+' ? 1 : 0;
  const intEnd = digits(s, i);
  const hasInt = intEnd > i;
  i = intEnd;
  if (s[i] === '.') {
    const fracEnd = digits(s, i + 1);
    if (!hasInt && fracEnd === i + 1) return false;
    i = fracEnd;
  } else if (!hasInt) {
    return false;
  }
  if (s[i] === 'e' || s[i] === 'E') {
    let j = i + 1;
    if (s[j] === '-' || s[j] === '+') j++;
    const expEnd = digits(s, j);
    if (expEnd === j) return false;
    i = expEnd;
  }
  return i === s.length;
}

/** A one-line text that starts with a document marker (`%` is not plain anyway: NOT_PLAIN). */
function startsDocumentMarker(s: string): boolean {
  return s.startsWith('---') || s.startsWith('...');
}

/**
 * Where a string is written: the document's only scalar, a key of the top-level mapping, or
 * anywhere else. Only the first two are at the start of a line of the document, where a plain
 * `---` or `...` would end it: there the library writes a block scalar or quotes.
 */
export type StringAt = 'document' | 'topKey' | 'nested';

/** The escapes the library prefers to JSON's \u00XX. */
const SHORT_ESCAPE: Record<string, string> = { '00': '\\0', '07': '\\a', '0b': '\\v', '1b': '\\e' };

function doubleQuoted(s: string): string {
  const json = JSON.stringify(s);
  return json.includes('\\u00') ? json.replace(/\\u00([0-9a-f]{2})/g, (_m, h: string) => SHORT_ESCAPE[h] ?? `\\x${h}`) : json;
}

/** A string as a YAML scalar (a key or a value). */
export function yamlString(s: string, at: StringAt = 'nested'): string {
  if (!CONTROL.test(s) && !s.includes('\n') && !NOT_PLAIN.test(s) && !readsAsOtherType(s)) {
    if (at === 'nested' || !startsDocumentMarker(s)) return s;
    if (at === 'document') return `|-\n  ${s}`; // (a key is quoted, below)
  }
  // as the library: single quotes for a line with double quotes and no single ones
  if (s.includes('"') && !s.includes("'") && !s.includes('\n') && !CONTROL.test(s)) return `'${s}'`;
  return doubleQuoted(s);
}

function scalar(v: unknown, at: StringAt): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return yamlString(v, at);
    case 'number':
      if (Number.isFinite(v)) return Object.is(v, -0) ? '-0' : JSON.stringify(v);
      return Number.isNaN(v) ? '.nan' : v < 0 ? '-.inf' : '.inf';
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return undefined;
  }
}

/** What JSON.stringify would write for `v`: its toJSON(), and nothing for functions and symbols. */
function jsonView(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') return (v as { toJSON(): unknown }).toJSON();
  return v;
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A node at `indent`: a scalar, `[]`/`{}`, or (multi-line) block collection text without the leading indent. */
function node(raw: unknown, indent: string): string {
  const v = jsonView(raw);
  const s = scalar(v, indent === '' ? 'document' : 'nested');
  if (s !== undefined) return s;
  if (typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const inner = `${indent}  `;
    return v.map((item) => `- ${node(omitted(item) ? null : item, inner)}`).join(`\n${indent}`);
  }
  if (typeof v === 'object' && v !== null) {
    const lines: string[] = [];
    for (const [k, item0] of Object.entries(v)) {
      const item = jsonView(item0);
      if (omitted(item)) continue;
      const key = yamlString(k, indent === '' ? 'topKey' : 'nested');
      const text = node(item, `${indent}  `);
      // a block collection starts on the next line, its sequences indented under the key
      const block = (Array.isArray(item) && item.length > 0) || (typeof item === 'object' && item !== null && !Array.isArray(item) && text !== '{}');
      lines.push(block ? `${key}:\n${indent}  ${text}` : `${key}: ${text}`);
    }
    return lines.length === 0 ? '{}' : lines.join(`\n${indent}`);
  }
  throw new TypeError(`cannot write a ${typeof v} as YAML`);
}

/** Plain data → a YAML document (ending in a newline), as the yaml library would write it. */
export function toYamlText(value: unknown): string {
  return `${node(omitted(jsonView(value)) ? null : value, '')}\n`;
}
