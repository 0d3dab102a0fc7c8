import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLayout } from './csv.js';
import { ROW_MAX_LINES, isBad, linesNotText, parseRows, type CsvItem } from './csv-in.js';

const layout = (header: string, sep = ',') => csvLayout(header.split(sep), sep, 'c.csv');
const b = (s: string) => Buffer.from(s, 'utf8');
const read = (text: string, header = 'id,product,description,price', firstLine = 2) => parseRows(b(text), b(text).length, true, firstLine, layout(header));
const show = (items: CsvItem[]) => items.map((it) => (isBad(it) ? `${it.line}: bad ${it.id ?? '-'}` : `${it.line}: ${it.fields.join('|')}`));

describe('CSV rows (csv-parse, never losing a line)', () => {
  it('issue: one unbalanced quote no longer swallows the lines after it — one bad row, named by its line and id', () => {
    const text = [
      'C-1,eiendeler,PC,18000',
      'C-2,eiendeler,"PC,18000',
      'C-3,eiendeler,PC,18000',
      'C-4,eiendeler,"Bærbar, PC",18000',
      'C-5,eiendeler,PC,18000',
      '',
    ].join('\n');
    const r = read(text);
    expect(show(r.items)).toEqual(['2: C-1|eiendeler|PC|18000', '3: bad C-2', '4: C-3|eiendeler|PC|18000', '5: C-4|eiendeler|Bærbar, PC|18000', '6: C-5|eiendeler|PC|18000']);
    const bad = r.items[1]!;
    expect(isBad(bad) && bad.message).toMatch(/^malformed CSV: a quote opened on this line is not closed .*line 4 is read as the next row$/);
  });

  it('an unclosed quote on the last line is that line alone', () => {
    expect(show(read('C-1,eiendeler,PC,1\nC-2,eiendeler,"PC,1\n').items)).toEqual(['2: C-1|eiendeler|PC|1', '3: bad C-2']);
    expect(show(read('C-1,eiendeler,PC,1\nC-2,eiendeler,"PC,1').items)).toEqual(['2: C-1|eiendeler|PC|1', '3: bad C-2']);
  });

  it('a quoted cell may hold line breaks (RFC 4180): one row of several lines, the next row on its own line', () => {
    const r = read('C-1,eiendeler,"Bærbar PC\nmed lader",1\r\nC-2,eiendeler,PC,2\r\n');
    expect(show(r.items)).toEqual(['2: C-1|eiendeler|Bærbar PC\nmed lader|1', '4: C-2|eiendeler|PC|2']);
    expect(r.items[0]).toMatchObject({ lines: 2 });
  });

  it('a row of several lines without the header\'s cells is its first line, bad; the next line is read again', () => {
    // the quote "closes" at the end of line 4, but the row then has 3 cells, not 4
    const r = read('C-1,eiendeler,"PC\nC-2,eiendeler,PC,2\nC-3,x,y"\nC-4,eiendeler,PC,4\n');
    expect(show(r.items)).toEqual(['2: bad C-1', '3: C-2|eiendeler|PC|2', '4: bad C-3', '5: C-4|eiendeler|PC|4']);
  });

  it(`a row may span at most ${ROW_MAX_LINES} lines`, () => {
    const long = `C-1,eiendeler,"${'x\n'.repeat(ROW_MAX_LINES)}",1\nC-2,eiendeler,PC,2\n`;
    const r = read(long);
    expect(show(r.items)[0]).toBe('2: bad C-1');
    expect(show(r.items).at(-1)).toBe(`${ROW_MAX_LINES + 3}: C-2|eiendeler|PC|2`);
    const ok = read(`C-1,eiendeler,"${'x\n'.repeat(ROW_MAX_LINES - 1)}",1\nC-2,eiendeler,PC,2\n`);
    expect(ok.items).toHaveLength(2);
  });

  it('a stray quote or junk after a closing quote is a bad row of its own line, with its own message', () => {
    const r = read('C-1,eiendeler,P"C,1\nC-2,eiendeler,"PC" x,2\nC-3,eiendeler,PC,3\n');
    expect(show(r.items)).toEqual(['2: bad C-1', '3: bad C-2', '4: C-3|eiendeler|PC|3']);
    expect((r.items[0] as { message: string }).message).toMatch(/a quote inside a cell that does not start with one/);
    expect((r.items[1] as { message: string }).message).toMatch(/a quoted cell goes on after its closing quote/);
  });

  it('no id before the damage: the bad row has none', () => {
    expect(show(read('"C-1,eiendeler,PC,1\nC-2,eiendeler,PC,2\n').items)).toEqual(['2: bad -', '3: C-2|eiendeler|PC|2']);
  });

  it('empty lines are left out; the semicolon form reads alike', () => {
    const r = parseRows(b('\nC-1;eiendeler;"a;b";1\n\n'), 22, true, 2, layout('id;product;description;price', ';'));
    expect(show(r.items)).toEqual(['3: C-1|eiendeler|a;b|1']);
  });

  it('not at the end of the input: a row whose quote may still close, and a last line without its break, are not decided', () => {
    const text = b('C-1,eiendeler,PC,1\nC-2,eiendeler,"PC\nmore');
    const r = parseRows(text, text.length, false, 2, layout('id,product,description,price'));
    expect(show(r.items)).toEqual(['2: C-1|eiendeler|PC|1']);
    expect(r.end).toBe('C-1,eiendeler,PC,1\n'.length);
  });

  it('every line of any input is in exactly one row or bad row, or is empty (property)', () => {
    const token = fc.constantFrom('K1', 'K2', 'x', 'æ', '"', '""', ',', ',', '\n', '\n', '\r\n', ' ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const text = tokens.join('');
        const lineCount = text.split('\n').length;
        const r = read(text, 'id,a,b', 1);
        const covered = new Array<number>(lineCount + 1).fill(0);
        for (const it of r.items) {
          const n = isBad(it) ? 1 : (it.lines ?? 1);
          for (let l = it.line; l < it.line + n; l++) covered[l]!++;
        }
        const lines = text.split('\n');
        for (let l = 1; l <= lineCount; l++) {
          const empty = lines[l - 1] === '' || lines[l - 1] === '\r';
          if (covered[l] === 0) expect(empty, `line ${l} of ${JSON.stringify(text)}`).toBe(true);
          // an empty line is never counted twice either
          expect(covered[l]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the same rows whatever pieces the input is read in (the cut of one job, of --jobs) (property)', () => {
    const token = fc.constantFrom('K1', 'K2', 'x', '"', '""', ',', ',', ',', '\n', '\n', '\r\n');
    const L = layout('id,a,b');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 3 }), (tokens, chunk, pick) => {
        const all = b(tokens.join(''));
        const whole = show(parseRows(all, all.length, true, 1, L).items);
        // as the reader does: cut a window where its rows are decided, settle each batch alone
        const pieces: string[] = [];
        let off = 0;
        let line = 1;
        let size = chunk;
        while (off < all.length) {
          const window = all.subarray(off, Math.min(all.length, off + size));
          let cut: number;
          let seen: string[] | null = null;
          if (off + size >= all.length) cut = window.length;
          else {
            const p = parseRows(Buffer.from(window), window.length, false, line, L);
            // the reader may also cut earlier, at any decided row's start (where a claim begins)
            const earlier = p.starts.filter((s) => s > 0 && s <= p.end);
            cut = pick > 0 && earlier.length > 0 ? earlier[earlier.length - Math.min(pick, earlier.length)]! : p.end;
            // what the cutter read before the cut (one job settles these rows as they are)
            seen = show(p.items.filter((_, i) => p.starts[i]! < cut));
          }
          if (cut === 0) {
            size *= 2;
            continue;
          }
          const batch = Buffer.from(all.subarray(off, off + cut));
          const rows = show(parseRows(batch, batch.length, true, line, L).items);
          if (seen !== null) expect(seen).toEqual(rows);
          pieces.push(...rows);
          line += batch.toString('latin1').split('\n').length - 1;
          off += cut;
          size = chunk;
        }
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('accounting: one damaged row among good ones costs that row alone (property)', () => {
    const L = layout('id,product,description,price');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), fc.nat(), (n, which, at) => {
        const rows = Array.from({ length: n }, (_, i) => `K-${i},eiendeler,${i % 3 === 0 ? '"Drill, stor"' : 'PC'},${1000 + i}`);
        const k = which % n;
        const pos = at % (rows[k]!.length + 1);
        rows[k] = `${rows[k]!.slice(0, pos)}"${rows[k]!.slice(pos)}`;
        const text = rows.join('\n') + '\n';
        const items = parseRows(b(text), b(text).length, true, 2, L).items;
        // n records, one per line, in order; every good row read as it was
        expect(items.map((it) => it.line)).toEqual(rows.map((_, i) => i + 2));
        items.forEach((it, i) => {
          if (i !== k) expect(!isBad(it) && it.fields[0]).toBe(`K-${i}`);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('lines that are not text', () => {
  it('finds lines with control characters or bytes that are not UTF-8', () => {
    expect(linesNotText(b('a\tb\r\nc\n'), 5)).toBeNull();
    expect([...linesNotText(Buffer.concat([b('a\nb\u001b[31m\nc\n'), Buffer.from([0xff, 10])]), 5)!]).toEqual([6, 8]);
  });
});
