import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldInexactNumber, numbersAsStrings, parseJsonKeepingNumbers } from './json-numbers.js';

describe('JSON with its numbers as written', () => {
  it('keeps the text of numbers JSON.parse would change', () => {
    expect(parseJsonKeepingNumbers('{"deductible": 15.000}')).toEqual({ deductible: '15.000' });
    expect(parseJsonKeepingNumbers('{"a":[15000.125, 1e3, -2.50]}')).toEqual({ a: ['15000.125', '1e3', '-2.50'] });
    expect(parseJsonKeepingNumbers('{"n": 9007199254740993}')).toEqual({ n: '9007199254740993' });
  });
  it('leaves strings alone, even with number-like text and escaped quotes', () => {
    expect(parseJsonKeepingNumbers('{"d": "a: 1.5, \\"x\\": 2.5", "b": 3.5}')).toEqual({ d: 'a: 1.5, "x": 2.5', b: '3.5' });
  });
  it('the fast path: plain integers stay numbers, strings stay strings', () => {
    const line = '{"id":"K-1","deductible":15000,"items":[{"new_price":"18000.50","age_years":"3.5"}]}';
    expect(mayHoldInexactNumber(line)).toBe(false);
    expect(parseJsonKeepingNumbers(line)).toEqual(JSON.parse(line));
  });
  it('a text that is not JSON stays not JSON', () => {
    expect(() => parseJsonKeepingNumbers('{"a": 1.5,}')).toThrow(SyntaxError);
  });
  it('any JSON value: the same structure, each number as its source text or exactly its value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        const back = JSON.parse(numbersAsStrings(text));
        const plain = JSON.parse(text);
        const same = (a: unknown, b: unknown): void => {
          if (typeof b === 'number') expect(a).toBe(JSON.stringify(b));
          else if (Array.isArray(b)) (b as unknown[]).forEach((x, i) => same((a as unknown[])[i], x));
          else if (b !== null && typeof b === 'object') for (const k of Object.keys(b)) same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
          else expect(a).toEqual(b);
        };
        same(back, plain);
        // the pre-check never lets through a number JSON.parse could change
        if (!mayHoldInexactNumber(text)) expect(parseJsonKeepingNumbers(text)).toEqual(plain);
      }),
    );
  });
});
