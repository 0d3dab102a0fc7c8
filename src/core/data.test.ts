import { describe, expect, it } from 'vitest';
import { checkKeys, decodeText, MAX_DEPTH, parseAllDocuments, parseDocument } from './data.js';
import { InputError } from './errors.js';

/** The InputError `fn` throws (fails the test when it throws something else, or nothing). */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseDocument: a recursive alias is an input error, not a stack overflow', () => {
  it.each([
    ['a list that holds itself', 'a: &a [*a]\n', 'x.yaml: a: a YAML alias refers to a node that contains it (a recursive alias); refused'],
    ['a mapping that holds itself', 'm: &m {self: *m}\n', 'x.yaml: m: a YAML alias refers to a node that contains it'],
    ['the whole document', '&r [1, *r]\n', 'x.yaml: a YAML alias refers to a node that contains it'],
    ['deep inside a claim', 'id: K-1\nitems:\n  - description: a\n    cost: &c [*c]\n', 'x.yaml: items[0].cost: a YAML alias'],
  ])('%s', (_what, text, message) => {
    expect(inputError(() => parseDocument(text, 'x.yaml')).message).toContain(message);
  });

  it('in a multi-document stream too', () => {
    expect(inputError(() => parseAllDocuments('a: 1\n---\nb: &b [*b]\n', 'x.yaml')).message).toContain('recursive alias');
  });

  it('a shared alias that is not recursive is fine, however often it is used', () => {
    const v = parseDocument('base: &b {cost: "100"}\nitems: [*b, *b, *b]\n', 'x.yaml') as { items: unknown[] };
    expect(v.items).toHaveLength(3);
  });
});

describe('parseDocument: deep nesting is refused with one line', () => {
  it(`JSON deeper than ${MAX_DEPTH} levels`, () => {
    const deep = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    expect(inputError(() => parseDocument(deep, 'x.json')).message).toBe(`x.json: nests lists and mappings more than ${MAX_DEPTH} levels deep; refused`);
  });

  it(`exactly ${MAX_DEPTH} levels are read`, () => {
    const ok = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(() => parseDocument(ok, 'x.json')).not.toThrow();
  });

  it('nesting too deep for the YAML parser itself', () => {
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(inputError(() => parseDocument(deep, 'x.yaml')).message).toMatch(/^x\.yaml: nests lists and mappings (too deeply to read|more than \d+ levels deep); refused$/);
  });

  it('checkKeys still names a __proto__ key with its field', () => {
    expect(inputError(() => checkKeys(JSON.parse('{"a": [{"__proto__": 1}]}'), 'x.json')).message).toBe('x.json: a[0].__proto__: key "__proto__" is not allowed');
  });
});

describe('decodeText', () => {
  const claim = 'id: K-1 # æøå\n';
  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(claim, 'utf16le')])],
    ['UTF-16LE without one', Buffer.from(claim, 'utf16le')],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(claim, 'utf16le').swap16()])],
    ['UTF-16BE without one', Buffer.from(claim, 'utf16le').swap16()],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(claim)])],
  ])('reads %s', (_what, bytes) => {
    expect(decodeText(bytes, 'x.yaml')).toBe(claim);
  });

  it('refuses UTF-16 with a lone surrogate, naming the encoding', () => {
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('\n', 'utf16le')]);
    expect(inputError(() => decodeText(bad, 'x.yaml')).message).toBe('x.yaml: is not well-formed UTF-16LE text');
  });

  it('still refuses binary junk', () => {
    expect(inputError(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00]), 'x.yaml')).message).toMatch(/binary data/);
  });
});
