/**
 * What the reader found in a document: a value (or a table) for a path of the terms, with the
 * clause it is cited by and the line it was read on.
 */
import type { Context } from './context.js';

export interface Where {
  file: string;
  page: number;
  line: number;
  /** The text of the line, for warnings. */
  text: string;
}

export interface Finding {
  /** The path in the terms' products: `eiendeler.lifetime.threshold`, `eiendeler.sub_limits.backup`. */
  path: string;
  /** A scalar's value, or a table / list entry (without clause and document: those are `clause` and the document read). */
  value: unknown;
  clause: string;
  where: Where;
}

/** A piece of text a sentence matcher reads: one sentence (or one bullet of a table cell) of a block. */
export interface Piece {
  text: string;
  lower: string;
  /** The sentence before it in the same block, lower case ('' for the first). */
  prevLower: string;
  ctx: Context;
  where: Where;
}
