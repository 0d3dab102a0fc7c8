import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, csvSep, safeCell, unsafeCell } from './csv-out.js';

describe('CSV output cells', () => {
  it('quotes only what needs it: the separator, a quote, a line break, a space at either end', () => {
    expect(csvRows([['K-1', 'a,b', 'say "x"', ' x', 'a;b']], ',')).toBe('K-1,"a,b","say ""x""", x ,a;b\n'.replace(' x ', '" x"'));
    expect(csvRows([['a;b', 'a,b']], ';')).toBe('"a;b";a,b\n');
    expect(csvRows([['line\nbreak', '']], ',')).toBe('"line\nbreak",\n');
  });

  it('neutralises formulas: =, +, @, tab, CR, and - unless the cell is a plain number', () => {
    expect(safeCell('=HYPERLINK("http://x","klikk")')).toBe(`'=HYPERLINK("http://x","klikk")`);
    expect(safeCell('+47 22 00 00 00')).toBe(`'+47 22 00 00 00`);
    expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(safeCell('\tx')).toBe(`'\tx`);
    expect(safeCell('\rx')).toBe(`'\rx`);
    expect(safeCell('-x')).toBe(`'-x`);
    expect(safeCell('-2+3+cmd|/C calc!A0')).toBe(`'-2+3+cmd|/C calc!A0`);
    expect(safeCell('＝1+1')).toBe(`'＝1+1`);
    // numbers and ordinary ids stay as they are
    expect(safeCell('-12.50')).toBe('-12.50');
    expect(safeCell('6200.00')).toBe('6200.00');
    expect(safeCell('K-2024-0117')).toBe('K-2024-0117');
    expect(safeCell('')).toBe('');
  });

  it('writes control characters escaped, as JSON does (tab and line breaks are data, quoted)', () => {
    expect(safeCell('K\u001b[31m-1\u0007')).toBe('K\\u001b[31m-1\\u0007');
    expect(safeCell('a\u009bb\u007f')).toBe('a\\u009bb\\u007f');
    expect(csvRows([['\u001b]0;x\u0007']], ',')).toBe('\\u001b]0;x\\u0007\n');
  });

  it('an id =HYPERLINK(…) goes into the CSV as text, and a CSV reader gets it back with the quote mark', () => {
    const text = csvHeader(';') + csvRows([['=HYPERLINK("http://x";"k")', 'eiendeler', '10.00', '', '', '10.00', '', '', '']], ';');
    expect(text.split('\n')[0]).toBe('id;product;payout;recourse;error;payable_now;payable_on_repair;payable_on_replacement;payable_on_rebuild');
    const rows = parse(text, { delimiter: ';' }) as string[][];
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://x";"k")`);
  });

  it('csv-parse reads every row back cell by cell, as made safe (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'æ', ' ', ',', ';', '"', '\n', '\r', '\t', '=', '-', '+', '@', '1', '.', '\u001b', '\u00a0') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';'), (rows, sep) => {
        const back = parse(csvRows(rows, sep as ',' | ';'), { delimiter: sep, relax_column_count: true, record_delimiter: ['\n'] }) as string[][];
        expect(back).toEqual(rows.map((r) => r.map(safeCell)));
      }),
      { numRuns: 500 },
    );
  });

  it('unsafeCell takes back only the quote mark safeCell put there', () => {
    for (const s of ['=1+1', '-x', '+47', '@a', 'K-1', "'quoted", "'", '-12.50']) expect(unsafeCell(safeCell(s))).toBe(s);
    expect(unsafeCell("'K-1")).toBe("'K-1");
  });

  it('--csv-sep takes , or ; (also by name)', () => {
    expect(csvSep(undefined)).toBe(',');
    expect(csvSep(';')).toBe(';');
    expect(csvSep('semicolon')).toBe(';');
    expect(csvSep('\t')).toBeNull();
  });
});
