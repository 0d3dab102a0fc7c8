import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readsAsOtherType, toYamlText, yamlString } from './yaml-out.js';

/** What skadekalk wrote with the library before this module (its options: no folding, no anchors, no directives). */
const library = (v: unknown): string => YAML.stringify(v, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, directives: false });

/** Characters of the text skadekalk writes: Norwegian, figures, punctuation, YAML's indicators. */
const CHARS = 'abcæøåABCÆØÅ019 ,.:;-#?&*!|>\'"%@`[]{}()/«»–§\t'.split('');
const ordinaryString = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));
const special = fc.constantFrom('', 'null', 'Null', '~', 'true', 'FALSE', 'yes', 'no', '0', '-1', '+12', '1.5', '.5', '3682.00', '1e5', '0x1F', '0o17', '.inf', '-.Inf', '.nan', '2024-06-01', '-', '?', '- a', 'a: b', 'a #b', 'a:', 'kr 1 234,00', '4,5');
const ordinaryValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.oneof(ordinaryString, special), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(ordinaryString, special), tie('value'), { maxKeys: 4 }),
})).value;

describe('YAML output (no library loaded)', () => {
  it('writes what the library writes for the values skadekalk has', () => {
    fc.assert(
      fc.property(ordinaryValue, (v) => {
        expect(toYamlText(v)).toBe(library(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('the library reads back every JSON value exactly (any string, any depth)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(YAML.parse(toYamlText(v))).toEqual(v);
      }),
      { numRuns: 3000 },
    );
    const hard = ['line 1\nline 2', '--- a', '...', '%YAML', 'a\r\nb', '\u0000\u0007\u000b\u001b\u0001', '\u0085\u2028\u2029\ufeff', 'x\ud800y', ' lead', 'trail ', '"quoted"', "it's \"both\"", '\\back\\slash'];
    for (const s of hard) {
      expect(YAML.parse(toYamlText({ [s]: s, list: [s] }))).toEqual({ [s]: s, list: [s] });
      expect(YAML.parse(toYamlText(s))).toBe(s);
    }
  });

  it('knows the core schema types as the library patterns do', () => {
    // the yaml library's tests (yaml 2.x schema/core and schema/common)
    const tags = [/^(?:~|[Nn]ull|NULL)?$/, /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/, /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/];
    const lib = (s: string): boolean => tags.some((t) => t.test(s));
    const numberish = fc.array(fc.constantFrom(...'0178.eE+-xoaF~nNulLtTrRfFsiI '.split('')), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ maxLength: 6 })), (s) => {
        expect(readsAsOtherType(s), s).toBe(lib(s));
      }),
      { numRuns: 20000 },
    );
    for (const s of ['0x', '0o', '0x1F', '0o17', '0o8', '-.inf', '+.Inf', '.NaN', '-.nan', '1.', '.', '+', '-', 'e5', '1e', '1e+', '1e+5', '.5e-3', '00', '-0']) expect(readsAsOtherType(s), s).toBe(lib(s));
  });

  it('quotes what would read back as another type, and only that', () => {
    expect(yamlString('3682.00')).toBe('"3682.00"');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('')).toBe('""');
    expect(yamlString('say "hi"')).toBe('say "hi"');
    expect(yamlString('"hi", she said')).toBe(`'"hi", she said'`);
    expect(yamlString('Næringsbygg, Havnegata 14')).toBe('Næringsbygg, Havnegata 14');
    expect(yamlString('4,5')).toBe('4,5');
  });

  it('writes a text that starts with a document marker as the library does, wherever it is', () => {
    for (const v of ['...', '--- x', ['...'], { a: '...' }, [{ '': ['...'] }], { '...': 1 }, { a: { '---': '... b' } }, [{ '...': 1 }], { '... a': '--- b' }, ['%x']] as unknown[]) {
      expect(toYamlText(v), JSON.stringify(v)).toBe(library(v));
    }
  });

  it('writes collections as the library does, and as JSON would decide what to leave out', () => {
    const v = { a: [], b: {}, c: [[1, 2], [], { d: 'x' }], e: undefined, f: () => 1, g: { toJSON: () => '1.50' }, h: [undefined] };
    expect(toYamlText(v)).toBe('a: []\nb: {}\nc:\n  - - 1\n    - 2\n  - []\n  - d: x\ng: "1.50"\nh:\n  - null\n');
    expect(toYamlText([])).toBe('[]\n');
    expect(toYamlText('x')).toBe('x\n');
    expect(toYamlText({ n: -0, i: Infinity, m: NaN })).toBe('n: -0\ni: .inf\nm: .nan\n');
  });
});
