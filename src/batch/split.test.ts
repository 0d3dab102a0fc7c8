import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, cutDocuments, cutLines, isMarkerAt, splitDocuments } from './split.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('NDJSON: cutting at lines', () => {
  it('cuts after the last newline, or nowhere', () => {
    expect(cutLines(b('{"a":1}\n{"b":2}\n{"c"'), 20)).toBe(16);
    expect(cutLines(b('{"a":1}\n'), 8)).toBe(8);
    expect(cutLines(b('{"a":1'), 6)).toBe(0);
    expect(cutLines(b(''), 0)).toBe(0);
  });

  it('looks only below end', () => {
    expect(cutLines(b('a\nb\nc\n'), 3)).toBe(2);
  });

  it('never cuts inside a multi-byte character (a newline byte is never part of one)', () => {
    const s = b('{"d":"Bærbar PC"}\n{"d":"Søyle');
    const cut = cutLines(s, s.length);
    expect(s.subarray(0, cut).toString('utf8')).toBe('{"d":"Bærbar PC"}\n');
  });

  it('counts lines', () => {
    expect(countLines(b('a\nb\n\nc'))).toBe(3);
    expect(countLines(b('a\nb\n\nc'), 2, 4)).toBe(1);
    expect(countLines(b(''))).toBe(0);
  });
});

describe('YAML: document markers', () => {
  it('knows a marker: ---/... at column 0, then space, tab or end of line', () => {
    const s = b('---\n--- x\n...\n----\n--x\n');
    expect(isMarkerAt(s, 0, s.length, false)).toBe(true);
    expect(isMarkerAt(s, 4, s.length, false)).toBe(true);
    expect(isMarkerAt(s, 10, s.length, false)).toBe(true);
    expect(isMarkerAt(s, 14, s.length, false)).toBe(false);
    expect(isMarkerAt(s, 19, s.length, false)).toBe(false);
    // at the end of the buffer: only when nothing more follows
    expect(isMarkerAt(b('---'), 0, 3, false)).toBe(false);
    expect(isMarkerAt(b('---'), 0, 3, true)).toBe(true);
  });

  it('cuts before the last marker line that is not the first line', () => {
    const s = b('---\nid: 1\n---\nid: 2\n---\nid: 3');
    expect(s.subarray(0, cutDocuments(s, s.length)).toString()).toBe('---\nid: 1\n---\nid: 2\n');
    expect(cutDocuments(b('---\nid: 1\n'), 10)).toBe(0);
    expect(cutDocuments(b('id: 1\nnote: "---"\n'), 19)).toBe(0);
  });

  it('splits a stream into documents, with the lines they start on', () => {
    const text = '# claims\n---\nid: A\n---\nid: B\n...\n---\n# empty\n---\nid: C\n';
    const docs = splitDocuments(text, 1);
    expect(docs.map((d) => [d.text, d.line, d.docLine])).toEqual([
      ['# claims\n---\nid: A\n', 1, 3],
      ['---\nid: B\n...', 4, 5],
      ['---\nid: C\n', 9, 10],
    ]);
  });

  it('a first document without a marker, and content on the marker line', () => {
    expect(splitDocuments('id: A\n--- {id: B}\n', 7).map((d) => [d.text, d.line])).toEqual([
      ['id: A\n', 7],
      ['--- {id: B}\n', 8],
    ]);
  });

  it('a directive stays with its document', () => {
    expect(splitDocuments('%YAML 1.2\n---\nid: A\n', 1).map((d) => d.text)).toEqual(['%YAML 1.2\n---\nid: A\n']);
  });

  it('indented or quoted dashes are content', () => {
    expect(splitDocuments('note: |\n  ---\n  text\nid: A\n', 1)).toHaveLength(1);
  });

  it('splitting and cutting agree: every cut is a document boundary (property)', () => {
    const doc = fc.record({ id: fc.integer({ min: 0, max: 999 }), lines: fc.integer({ min: 0, max: 3 }), end: fc.boolean() });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.nat(), (docs, at) => {
        const text = docs.map((d) => `---\nid: K-${d.id}\n${'note: x\n'.repeat(d.lines)}${d.end ? '...\n' : ''}`).join('');
        const all = splitDocuments(text, 1).map((d) => d.text.replace(/^---\n/, '').replace(/\.\.\.$/, ''));
        // cut anywhere, then the documents of the two parts are the documents of the whole
        const bytes = b(text);
        const end = at % (bytes.length + 1);
        const cut = cutDocuments(bytes, end);
        const head = bytes.subarray(0, cut).toString();
        const tail = bytes.subarray(cut).toString();
        const parts = [...splitDocuments(head, 1), ...splitDocuments(tail, 1)].map((d) => d.text.replace(/^---\n/, '').replace(/\.\.\.$/, ''));
        expect(parts).toEqual(all);
      }),
    );
  });
});
