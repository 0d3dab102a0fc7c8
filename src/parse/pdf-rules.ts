/**
 * The horizontal rules drawn on a page — the lines between a table's rows, and the top and bottom
 * edges of filled or stroked rectangles (cell borders, row shading) — from pdf.js's operator list
 * (`page.getOperatorList()`), for the PDF layout (src/parse/pdf/columns.ts: a rule between two
 * lines of a table is a row boundary, as in Tabula's lattice mode and pdfplumber's «lines»
 * strategy, which take edges from drawn lines and rectangle sides).
 *
 * Reading the operator list costs about half as much again as reading the page's text, so the
 * reader asks for it only for pages where the layout could not tell a table's rows apart
 * (src/parse/pdf.ts). Pure: the list is walked here, with the graphics state's transformation
 * matrix (save, restore, transform, form XObjects), and tested with hand-made lists.
 */
import type { Rule } from './pdf/types.js';

/** pdf.js's operator codes read here (pdfjs-dist `OPS`, stable across versions). */
const OP = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
} as const;
/** Path operators inside a constructPath's path (pdfjs-dist `DrawOPS`). */
const PATH = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;
/** Paint operators whose paths are seen: stroked and filled (not `endPath`: a clipping path is not drawn). */
const PAINTS = new Set<number>([OP.stroke, OP.closeStroke, OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A rule is at least this long, in points (a dash, a bullet's square, a table's short tick is not one). */
const MIN_LENGTH = 12;
/** A segment at most this far off horizontal over its length, in points, is horizontal. */
const FLAT = 0.5;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = m;
  const [a2, b2, c2, d2, e2, f2] = [n[0] ?? 1, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1, n[4] ?? 0, n[5] ?? 0];
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f];
}

/**
 * The horizontal rules of a page: every painted segment that is horizontal on the page and at
 * least MIN_LENGTH long, in the page's coordinates relative to its view box (as its text items
 * are). Rotated and skewed drawing is left out.
 */
export function rulesOf(ops: OperatorList, view: number[]): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const n = ops.fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OP.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as ArrayLike<number> | null | undefined;
      if (m && m.length >= 6) ctm = multiply(ctm, m);
    } else if (fn === OP.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OP.constructPath && args && PAINTS.has(args[0] as number)) {
      const path = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (path) segments(path, ctm, view, rules);
    }
  }
  return rules;
}

/** The horizontal segments of one path (a rectangle gives its top and bottom sides). */
function segments(path: ArrayLike<number>, m: Matrix, view: number[], out: Rule[]): void {
  // upright drawing only: a rotated or skewed matrix draws no horizontal rule of the page
  if (Math.abs(m[1]) > 1e-6 || Math.abs(m[2]) > 1e-6) return;
  const ox = view[0] ?? 0;
  const oy = view[1] ?? 0;
  const X = (x: number) => m[0] * x + m[4] - ox;
  const Y = (y: number) => m[3] * y + m[5] - oy;
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    const ax = X(x0);
    const bx = X(x1);
    const ay = Y(y0);
    const by = Y(y1);
    if (Math.abs(ay - by) <= FLAT && Math.abs(ax - bx) >= MIN_LENGTH) out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y: (ay + by) / 2 });
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === PATH.moveTo) {
      cx = sx = path[i++]!;
      cy = sy = path[i++]!;
    } else if (op === PATH.lineTo) {
      const x = path[i++]!;
      const y = path[i++]!;
      line(cx, cy, x, y);
      cx = x;
      cy = y;
    } else if (op === PATH.curveTo) {
      i += 4;
      cx = path[i++]!;
      cy = path[i++]!;
    } else if (op === PATH.closePath) {
      line(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
    } else {
      return; // an operator this reader does not know: leave the path out rather than misread it
    }
  }
}
