/**
 * YAML output for the machine formats (`--format yaml`, and `parse`, whose default it is): the
 * yaml library's `stringify`, with one change to how it writes strings.
 *
 * The library writes U+2028 and U+2029 raw (even in a plain scalar), and U+0085 and the other
 * C1 characters raw inside double quotes: JSON.stringify, which it quotes with, leaves them as
 * they are. A YAML 1.2 reader takes them back, but YAML 1.1 readers (PyYAML, and the many tools
 * built on it) read U+0085, U+2028 and U+2029 as line breaks and refuse the other C1 characters.
 * A string holding any of them is therefore written double-quoted with those characters escaped
 * (`\N`, `\L`, `\P`, `\x9b` — escapes both versions know). Every other string is written exactly
 * as the library writes it.
 *
 * Options: no line folding (`lineWidth: 0`: a long source text stays on one line, which keeps
 * `grep` and diffs useful), no anchors for repeated objects, no `%YAML` directive.
 *
 * Cost (callgrind, the 110 KB corpus letter): `parse` writes YAML in ~26 M of its ~234 M
 * instructions (`--format json`: ~208 M) — about 11 % of the command, which stays within its
 * start-up budget (2× a bare Node start); the hand-written emitter this replaced cost ~1 M.
 */
import { Scalar, stringify, type ToStringOptions } from 'yaml';
import { stringTag, type StringifyContext } from 'yaml/util';

/** Characters YAML 1.1 reads as line breaks (U+0085, U+2028, U+2029) or refuses (other C1, DEL, U+FFFE/U+FFFF). */
const NOT_FOR_YAML_1_1 = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/;
const NOT_FOR_YAML_1_1_ALL = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/g;

const ESCAPE: Record<string, string> = { '\x85': '\\N', '\u2028': '\\L', '\u2029': '\\P', '\ufffe': '\\uFFFE', '\uffff': '\\uFFFF' };

function escape1_1(c: string): string {
  return ESCAPE[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** The library's string tag, but a string with one of the characters above is double-quoted and escaped. */
const STRING_TAG = {
  ...stringTag,
  stringify(item: Scalar, ctx: StringifyContext, onComment?: () => void, onChompKeep?: () => void): string {
    const value = typeof item.value === 'string' ? item.value : String(item.value);
    if (!NOT_FOR_YAML_1_1.test(value)) return stringTag.stringify!(item, ctx, onComment, onChompKeep);
    // the library writes these raw between the double quotes (JSON.stringify does not escape
    // them), so they are the only raw ones there, and each becomes its escape
    const quoted = stringTag.stringify!(Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE }), ctx, onComment, onChompKeep);
    return quoted.replace(NOT_FOR_YAML_1_1_ALL, escape1_1);
  },
};

const OPTIONS: ToStringOptions & Parameters<typeof stringify>[2] = {
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false,
  directives: false,
  customTags: (tags) => tags.map((t) => (t === stringTag || (typeof t === 'object' && t.tag === stringTag.tag) ? STRING_TAG : t)),
};

/** Plain data (what JSON.stringify would write) → a YAML document ending in a newline. */
export function toYaml(value: unknown): string {
  return stringify(value, OPTIONS);
}
