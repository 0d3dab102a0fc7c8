/**
 * On some damaged files pdf.js's in-process worker leaves promises of its own (page and xref
 * look-ups it started in the background) rejected with nobody listening, after the error that
 * the PDF reader has already reported as an InputError. Node would print them and exit 1 — a
 * second message and the wrong exit code for bad input. The CLI (src/cli/main.ts) drops exactly
 * those rejections (pdf.js's exception types, from its worker) and lets any other fail as before.
 */
const PDFJS_ERRORS = new Set(['XRefEntryException', 'XRefParseException', 'MissingDataException', 'FormatError', 'InvalidPDFException', 'UnknownErrorException', 'PasswordException']);

export function isStrayPdfJsRejection(reason: unknown): boolean {
  const r = reason as { name?: string; stack?: string } | undefined;
  return !!r && PDFJS_ERRORS.has(r.name ?? '') && /pdf\.worker|pdfjs/.test(r.stack ?? '');
}
