/**
 * A document's bytes → SourceDocument, whatever it is: a PDF is recognised by its content
 * (`%PDF-` at the start, as the PDF format puts it, whatever the file is called) and read by the
 * PDF reader, which is loaded only then; anything else is read as text. Either way the text is
 * normalised (invisible characters, every kind of space) before any extractor reads it.
 */
import { fieldsBesideName } from './fields-beside-name.js';
import { headerWordsApart } from './header-words.js';
import { labelledCellRecords } from './labelled-cells.js';
import { normaliseSource } from './normalise.js';
import type { SourceDocument } from './source.js';
import { readTextDocument } from './text.js';
import { sourceTranslationsOut } from './translations.js';

/** True when the bytes are a PDF: `%PDF-` within the first KB (the format allows leading junk). */
export function isPdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 1024)).toString('latin1');
  return head.startsWith('%PDF-') || /^[\s\S]{0,1018}%PDF-\d/.test(head);
}

export async function readDocument(data: Buffer, name: string): Promise<SourceDocument> {
  if (isPdf(data)) {
    const { readPdf } = await import('./pdf.js');
    // the same normalisation as a text document's (src/parse/normalise.ts), cell by cell
    // (and a bilingual schedule read in Norwegian, as a text is: src/parse/translations.ts)
    return withHeaders(sourceTranslationsOut(normaliseSource(await readPdf(data, name))));
  }
  return withHeaders(readTextDocument(data, name));
}

/**
 * A header whose column names stand one space apart, over rows of as many cells, read as its names (src/parse/header-words.ts);
 * a record's labelled figures in a column beside its name, one a line, joined into its row (src/parse/fields-beside-name.ts);
 * a record whose cells carry their own labels over two lines, its name's and its place's, joined into one row (src/parse/labelled-cells.ts).
 */
function withHeaders(doc: SourceDocument): SourceDocument {
  const lines = labelledCellRecords(fieldsBesideName(headerWordsApart(doc.lines)));
  return lines === doc.lines ? doc : { ...doc, lines };
}
