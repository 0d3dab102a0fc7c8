import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { toYaml } from './yaml.js';

/** The library as it is, with skadekalk's options. */
const library = (v: unknown): string => YAML.stringify(v, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, directives: false });

/** Characters of the text skadekalk writes: Norwegian, figures, punctuation, YAML's indicators, a line break. */
const CHARS = 'abcæøåABCÆØÅ019 ,.:;-#?&*!|>\'"%@`[]{}()/«»–§\t\n'.split('');
const ordinaryString = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));
const special = fc.constantFrom('', 'null', '~', 'true', 'yes', '0', '-1', '1.5', '3682.00', '1e5', '0x1F', '.inf', '2024-06-01', '-', '- a', 'a: b', '...', '--- x', 'kr 1 234,00', '4,5', '\u0007bell', '\u001b[2J');
const ordinaryValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.oneof(ordinaryString, special), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(ordinaryString, special), tie('value'), { maxKeys: 4 }),
})).value;

/** Strings with what YAML 1.1 reads as a line break or refuses, among ordinary text. */
const HARD = ['x\u2028y', 'p\u2029', 'n\u0085l', 'del\u007f', 'csi\u009b', '\u2028', 'a\u2028\nb', 'k: \u2029', '"q"\u2028', "'s'\u2029", 'nc\ufffe\uffff', 'ESC\u001b BEL\u0007'];

describe('YAML output (the yaml library)', () => {
  it('is the library output, byte for byte, for strings without U+0085, U+2028, U+2029 or DEL/C1', () => {
    fc.assert(
      fc.property(ordinaryValue, (v) => {
        expect(toYaml(v)).toBe(library(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back as the same value (YAML 1.2) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(YAML.parse(toYaml(v))).toEqual(v);
      }),
      { numRuns: 2000 },
    );
    for (const s of HARD) expect(YAML.parse(toYaml({ [s]: s, list: [s] }))).toEqual({ [s]: s, list: [s] });
  });

  it('writes U+2028, U+2029, U+0085 and the other C1 characters as escapes, never raw', () => {
    for (const s of HARD) {
      const text = toYaml({ [s]: [s, { s }] });
      expect(text, JSON.stringify(s)).not.toMatch(/[\u0085\u2028\u2029\u007f-\u009f\ufffe\uffff]/);
    }
    expect(toYaml({ name: 'Lager\u2028Havnegata' })).toBe('name: "Lager\\LHavnegata"\n');
    expect(toYaml(['x\u0085', 'y\u2029', 'z\u009b'])).toBe('- "x\\N"\n- "y\\P"\n- "z\\x9b"\n');
  });

  it('takes toJSON() as JSON does (Decimal amounts) and leaves out an undefined value', () => {
    const v = { a: [], b: {}, g: { toJSON: () => '1.50' }, e: undefined };
    expect(toYaml(v)).toBe('a: []\nb: {}\ng: "1.50"\n');
  });
});

// A YAML 1.1 reader: PyYAML, where python3 has it (the reader most tools in Python use).
const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
const why = pyyaml ? '' : ' (skipped: no YAML 1.1 reader here — python3 with PyYAML is not installed)';

describe.skipIf(!pyyaml)(`a YAML 1.1 reader (PyYAML) reads the output back exactly${why}`, () => {
  it('strings with U+2028, U+2029, U+0085 and C1 characters, as keys and values', () => {
    const docs = HARD.map((s) => toYaml({ [s]: [s, { s }] }));
    const script = 'import json,sys,yaml\nprint(json.dumps([yaml.safe_load(d) for d in json.load(sys.stdin)]))';
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(docs), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(HARD.map((s) => ({ [s]: [s, { s }] })));
  });
});
