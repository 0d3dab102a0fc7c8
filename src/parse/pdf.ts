/**
 * PDF documents → SourceDocument. Placeholder on this branch: the PDF layout reader is built in
 * parallel and replaces this file when the branches are merged (same signature).
 */
import { InputError } from '../core/errors.js';
import type { SourceDocument } from './source.js';

export async function readPdf(_data: Buffer, name: string): Promise<SourceDocument> {
  throw new InputError('PDF input is not available in this build', { file: name });
}
