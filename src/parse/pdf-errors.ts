/**
 * On some damaged files pdf.js's in-process worker leaves promises of its own (page and xref
 * look-ups it started in the background) rejected with nobody listening, after the error that
 * the PDF reader has already reported as an InputError. Node would print them and exit 1 — a
 * second message and the wrong exit code for bad input. The CLI (src/cli/main.ts) drops exactly
 * those rejections (pdf.js's exception types, from its worker) and lets any other fail as before.
 */
const PDFJS_ERRORS = new Set([
  'XRefEntryException',
  'XRefParseException',
  'MissingDataException',
  'FormatError',
  'InvalidPDFException',
  'UnknownErrorException',
  'PasswordException',
]);

/** A limit of src/parse/pdf-limits.ts, thrown inside pdf.js: the reader has reported it already. */
const LIMIT_ERROR = 'PdfLimitExceeded';

export function isStrayPdfJsRejection(reason: unknown): boolean {
  const r = reason as { name?: string; stack?: string } | undefined;
  if (r?.name === LIMIT_ERROR) return true;
  return !!r && PDFJS_ERRORS.has(r.name ?? '') && /pdf\.worker|pdfjs/.test(r.stack ?? '');
}

/**
 * A pdf.js message as one printable line: it may quote bytes of the file (a garbled operator, a
 * broken name), and control characters must not reach the terminal raw — they are shown as
 * `\xNN` (`\uNNNN` for the line and paragraph separators).
 */
export function printable(message: string): string {
  return message
    .replace(/[\t\n\r\f\v]+/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => {
      const n = c.charCodeAt(0);
      return n > 0xff ? `\\u${n.toString(16).toUpperCase()}` : `\\x${n.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}
