import { describe, expect, it } from 'vitest';
import { isStrayPdfJsRejection, printable } from './pdf-errors.js';
import { LIMIT_ERROR_NAME } from './pdf-limits.js';

describe('printable', () => {
  it('shows control characters escaped, on one line', () => {
    expect(printable('Bad filter name "\u001b[31mRED\u0007"')).toBe('Bad filter name "\\x1B[31mRED\\x07"');
    expect(printable('a\u0000b\u0085c\u2028d')).toBe('a\\x00b\\x85c\\u2028d');
    expect(printable('  two\n lines\r\n\tand tabs  ')).toBe('two lines and tabs');
  });

  it('leaves Norwegian text and ordinary punctuation alone', () => {
    expect(printable('Ugyldig «tegn» – æøå ÆØÅ §')).toBe('Ugyldig «tegn» – æøå ÆØÅ §');
  });
});

describe('isStrayPdfJsRejection', () => {
  it("drops pdf.js's own exceptions from its worker, and a limit the reader has reported", () => {
    expect(isStrayPdfJsRejection(Object.assign(new Error('x'), { name: 'FormatError', stack: 'at f (pdf.worker.mjs:1:1)' }))).toBe(true);
    const limit = new Error('x');
    limit.name = LIMIT_ERROR_NAME;
    expect(isStrayPdfJsRejection(limit)).toBe(true);
  });

  it('lets anything else fail as before', () => {
    expect(isStrayPdfJsRejection(new TypeError('x'))).toBe(false);
    expect(isStrayPdfJsRejection(Object.assign(new Error('x'), { name: 'FormatError', stack: 'at f (ours.js:1:1)' }))).toBe(false);
    expect(isStrayPdfJsRejection(undefined)).toBe(false);
  });
});
