/**
 * Cutting a stream of claims into records without holding it whole (docs/batch.md, docs/development.md):
 *
 * - on the reading side (bytes), where a buffer may be cut so that it holds only whole records:
 *   after the last newline (NDJSON) or before the last document marker (YAML);
 * - on the settling side (text), the records themselves: YAML documents.
 *
 * CSV rows are read by csv-parse, both to cut and to settle: src/batch/csv-in.ts.
 *
 * A YAML document boundary is a line that starts, at column 0, with `---` or `...` followed by a
 * space, a tab or the end of the line (YAML 1.2 document markers). `---` starts a document,
 * `...` ends one.
 */

const NL = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const DASH = 45;
const DOT = 46;

// ---------------------------------------------------------------------------------------------
// Bytes: where a buffer of records may be cut.

/** NDJSON: just after the last `\n` in buf[0, end); 0 when there is none. */
export function cutLines(buf: Uint8Array, end: number): number {
  if (end === 0) return 0;
  return (buf as Buffer).lastIndexOf(NL, end - 1) + 1;
}

/**
 * Whether a YAML document marker (`---` or `...` + space, tab or end of line) starts at `i`.
 * A marker that reaches `end` counts only when nothing follows (`eof`).
 */
export function isMarkerAt(buf: Uint8Array, i: number, end: number, eof: boolean): boolean {
  if (i + 3 > end) return false;
  const c = buf[i];
  if ((c !== DASH && c !== DOT) || buf[i + 1] !== c || buf[i + 2] !== c) return false;
  if (i + 3 === end) return eof;
  const n = buf[i + 3];
  return n === SP || n === TAB || n === NL || n === CR;
}

/**
 * YAML: the start of the last line in buf[0, end) that is a document marker, when it is not the
 * first line — everything before it is whole documents. 0 when there is none.
 */
export function cutDocuments(buf: Uint8Array, end: number): number {
  let i = end;
  while (i > 0) {
    const nl = (buf as Buffer).lastIndexOf(NL, i - 1);
    if (nl < 0) return 0;
    if (isMarkerAt(buf, nl + 1, end, false)) return nl + 1;
    i = nl;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Text: the records of a batch.

/** A record of a batch: its text and the 1-based line of the input it starts on. */
export interface Segment {
  text: string;
  line: number;
}

function markerAt(text: string, i: number): '-' | '.' | null {
  const c = text.charCodeAt(i);
  if ((c !== DASH && c !== DOT) || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return null;
  const n = text.charCodeAt(i + 3);
  if (Number.isNaN(n) || n === SP || n === TAB || n === NL || n === CR) return c === DASH ? '-' : '.';
  return null;
}

/** Whether a line holds YAML content (not blank, not a comment, not a directive). */
function isContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === SP || c === TAB || c === CR) continue;
    return !(c === 35 /* # */ || (c === 37 /* % */ && i === from));
  }
  return false;
}

/**
 * Split a YAML stream into its documents. Each segment keeps its marker line (and the comments
 * or directives before it), so a line number the YAML parser reports inside it is
 * `segment.line + n − 1`. Segments with no content (only comments, blank lines, markers) are left
 * out. `docLine` is the line where the document's content starts: after its `---`.
 */
export function splitDocuments(text: string, firstLine: number): (Segment & { docLine: number })[] {
  const out: (Segment & { docLine: number })[] = [];
  let segStart = 0;
  let segLine = firstLine;
  let content = false;
  /** The line of the segment's `---`, or 0 when it has none (yet). */
  let markerLine = 0;
  let pos = 0;
  let line = firstLine;
  const close = (end: number) => {
    if (content) out.push({ text: text.slice(segStart, end), line: segLine, docLine: markerLine > 0 ? markerLine + 1 : segLine });
  };
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const m = markerAt(text, pos);
    if (m === '-') {
      // a new document, unless what came before is only comments and directives (they belong to it)
      if (content || markerLine > 0) {
        close(pos);
        segStart = pos;
        segLine = line;
        content = false;
      }
      markerLine = line;
      // content after the marker on the same line (`--- {id: …}`) is content
      if (isContent(text, pos + 3, nl)) content = true;
    } else if (m === '.') {
      close(nl);
      segStart = nl + 1;
      segLine = line + 1;
      content = false;
      markerLine = 0;
    } else if (!content && isContent(text, pos, nl)) {
      content = true;
    }
    pos = nl + 1;
    line++;
  }
  close(text.length);
  return out;
}

/** Number of `\n` in bytes[start, end). */
export function countLines(buf: Uint8Array, start = 0, end = buf.length): number {
  const b = Buffer.from(buf.buffer, buf.byteOffset + start, end - start);
  let n = 0;
  let i = b.indexOf(NL);
  while (i >= 0) {
    n++;
    i = b.indexOf(NL, i + 1);
  }
  return n;
}
