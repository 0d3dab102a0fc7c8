/**
 * Reading a PDF: pdf.js (through pdf-parse) gives every page's positioned text items, and
 * pdf-layout.ts rebuilds the lines and cells from them (docs/parse.md: pdf-parse's own getText joins
 * table cells with single spaces, which is ambiguous next to «Kr 10 000»).
 *
 * One document load, one getTextContent per page — the same work pdf-parse's getText does, so
 * reading a PDF costs about what getText costs. Only where the layout cannot tell a table's rows
 * apart are the rules drawn on that page read too (getOperatorList, src/parse/pdf-rules.ts), and
 * the pages laid out again with them.
 *
 * The PDF stack is loaded here, on the first PDF, never at start-up. The CLI is one CommonJS
 * bundle run from a V8 code cache (bin/skadekalk.js runs it as a vm.Script, where import() of a
 * package fails), so there pdf-parse's CommonJS build is required; ESM callers (tests) import it.
 *
 * Bad PDFs (docs/conventions.md) are InputErrors naming the file: empty, not a PDF, truncated or garbled,
 * encrypted, or without a text layer (scanned, image-only). pdf.js prints nothing (verbosity:
 * errors only, and errors are thrown, not printed), and the document is always destroyed.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../core/errors.js';
import { deferCanvas } from './pdf-canvas.js';
import { layoutPages, type Layout, type PageText, type TextItem } from './pdf-layout.js';
import { debugReport, layoutDebug, type LayoutDebug } from './pdf/debug.js';
import { printable } from './pdf-errors.js';
import { dropCutWords, markCutAtEdge } from './pdf/page-edge.js';
import { printedText } from './pdf/printed-text.js';
import { withPdfGuard, type PdfGuard } from './pdf-limits.js';
import { rulesOf, type OperatorList } from './pdf-rules.js';
import { sideTablesApart } from './side-tables.js';
import type { SourceDocument } from './source.js';
import { textToSource } from './text.js';

type PdfParseModule = typeof import('pdf-parse');

/** The parts of pdf.js's document and page proxies read here. */
interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: PdfJsTextItem[] }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): unknown;
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}

let pdfParse: PdfParseModule | undefined;

async function loadPdfParse(): Promise<PdfParseModule> {
  if (pdfParse) return pdfParse;
  // (the library's ESM build has a `require` too, made for the CommonJS code it bundles, but no __filename)
  if (typeof require === 'function' && typeof __filename === 'string') {
    // the CLI: pdf.js's canvas (Skia) is loaded only if something draws (src/parse/pdf-canvas.ts)
    deferCanvas(__filename);
    pdfParse = require('pdf-parse') as PdfParseModule;
  } else {
    pdfParse = await import('pdf-parse');
  }
  return pdfParse;
}

/**
 * pdf-parse loads the document with pdf.js but keeps the document proxy to itself (its load() is
 * private); the reader needs the proxy for positioned items. pdf-parse is pinned in
 * package-lock.json; if a new version drops load(), this fails loudly (a bug, exit 70), and the
 * PDF tests fail with it.
 */
async function openDocument(parser: object): Promise<PdfJsDocument> {
  const load = (parser as { load?: () => Promise<PdfJsDocument> }).load;
  if (typeof load !== 'function') throw new Error('pdf-parse has no load() any more: update src/parse/pdf.ts for the new pdf-parse');
  return load.call(parser);
}

/** A pdf.js failure → a one-line InputError about the file. */
function pdfError(e: unknown, name: string): InputError {
  const err = e as { name?: string; message?: string };
  const msg = printable(String(err?.message ?? e));
  if (err?.name === 'PasswordException') {
    return new InputError('is encrypted (password-protected); save an unprotected copy and read that', { file: name });
  }
  return new InputError(`is not a readable PDF (truncated or corrupt${msg ? `: ${msg}` : ''})`, { file: name });
}

const NON_SPACE = /\S/;

/** A pdf.js text item → a positioned item, or null (empty, rotated or degenerate text). */
function toItem(it: PdfJsTextItem, view: number[]): TextItem | null {
  const t = it.transform;
  // whitespace-only items (pdf.js's gap markers, generators' empty runs) carry nothing the layout
  // reads: gaps are measured between positions
  if (typeof it.str !== 'string' || !t || t.length < 6 || !NON_SPACE.test(it.str)) return null;
  // (indexed, not destructured: destructuring runs the array iterator, item by item, in cold code)
  const a = t[0]!, b = t[1]!, c = t[2]!, d = t[3]!, e = t[4]!, f = t[5]!;
  // only upright text: rotated text (stamps, margin notes) is not part of the lines
  if (Math.abs(b) > Math.abs(a) * 1e-3 || Math.abs(c) > Math.abs(d) * 1e-3 || a <= 0 || d <= 0) return null;
  const size = Math.hypot(c, d) || (it.height ?? 0);
  return { str: it.str, x: e - (view[0] ?? 0), y: f - (view[1] ?? 0), width: it.width ?? 0, size };
}

/** A PDF's pages as positioned text items (what the layout step reads), and its digest. */
export interface PdfItems {
  sha256: string;
  pages: PageText[];
}

/** The pages' positioned items, one getTextContent per page, under the guard's limits. */
async function readPages(parser: object, guard: PdfGuard, name: string): Promise<{ doc: PdfJsDocument; pages: PageText[] }> {
  const pages: PageText[] = [];
  let doc: PdfJsDocument;
  try {
    doc = await openDocument(parser);
    guard.checkPages(doc.numPages);
    for (let i = 1; i <= doc.numPages; i++) {
      guard.startPage(i);
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const view = page.view;
      const items: TextItem[] = [];
      for (let iIt = 0; iIt < content.items.length; iIt++) {
        const it = content.items[iIt]!;
        const item = toItem(it, view);
        if (item) items.push(item);
      }
      pages.push({ height: (view[3] ?? 0) - (view[1] ?? 0), width: (view[2] ?? 0) - (view[0] ?? 0), items });
      page.cleanup();
    }
    guard.startPage(0); // a limit passed on the last page, where pdf.js carried on
  } catch (e) {
    // a limit passed: say which, whatever pdf.js made of it
    if (guard.tripped) throw guard.tripped;
    if (e instanceof InputError) throw e;
    if (e instanceof Error && /pdf-parse has no load/.test(e.message)) throw e;
    throw pdfError(e, name);
  }
  return { doc, pages };
}

/**
 * Read a PDF's positioned text items, page by page: one document load, one getTextContent per
 * page. Bad PDFs are InputErrors (see the module comment). `name` is the file name for messages.
 */
export async function readPdfItems(data: Buffer, name: string): Promise<PdfItems> {
  return withPdf(data, name, async (_doc, items) => items);
}

/** Read a PDF document's text into lines and cells. `name` is the file name for messages. */
export async function readPdf(data: Buffer, name: string): Promise<SourceDocument> {
  return withPdf(data, name, async (doc, { sha256, pages }, guard) => {
    // a text file printed, its columns lined up with spaces: read as the text it was (src/parse/pdf/printed-text.ts)
    // (text run off the page's right edge: its cut words marked, then taken out with a warning — pdf/page-edge.ts)
    const cut = markCutAtEdge(pages) > 0;
    const printed = printedText(pages);
    if (printed !== undefined) return withoutCutWords({ ...textToSource(printed, name, sha256), kind: 'pdf', pages: pages.length }, cut);
    const layout = await layOut(doc, pages, guard);
    // (two tables side by side, laid out as one wide table: each read on its own, src/parse/side-tables.ts)
    return withoutCutWords({ file: name, sha256, kind: 'pdf', pages: pages.length, lines: sideTablesApart(layout.lines), running: layout.running }, cut);
  });
}

/** The document with the words cut at a page's edge taken out, a warning on each of their lines. */
function withoutCutWords(doc: SourceDocument, cut: boolean): SourceDocument {
  if (!cut) return doc;
  const warnings = dropCutWords(doc.lines);
  dropCutWords(doc.running);
  return warnings.length > 0 ? { ...doc, warnings: [...(doc.warnings ?? []), ...warnings] } : doc;
}

/** The layout's stages for a PDF as a report (`parse --debug-layout`; src/parse/pdf/debug.ts). */
export async function debugPdfLayout(data: Buffer, name: string): Promise<string> {
  return withPdf(data, name, async (doc, { pages }, guard) => {
    const printed = printedText(pages);
    if (printed !== undefined) return `a text file printed (its gaps whole spaces or tabs): read as this text\n\n${printed}\n`;
    const debug = layoutDebug();
    const layout = await layOut(doc, pages, guard, debug);
    return debugReport(pages, debug, layout.lines, layout.running);
  });
}

/** Lay the pages out; where a table's rows could not be told apart, with the rules drawn there. */
async function layOut(doc: PdfJsDocument, pages: PageText[], guard: PdfGuard, debug?: LayoutDebug): Promise<Layout> {
  const layout = layoutPages(pages, debug);
  if (layout.wantRules.length === 0) return layout;
  let found = 0;
  for (const n of layout.wantRules) {
    const rules = await readRules(doc, n, guard);
    pages[n - 1]!.rules = rules;
    found += rules?.length ?? 0;
  }
  // no rules drawn there: the layout would come out the same
  if (found === 0) return layout;
  debug?.joins.clear();
  return layoutPages(pages, debug);
}

/**
 * A page's horizontal rules, under the guard's limits. Drawing pdf.js will not read leaves the page
 * without rules — an image on it (pdf.js is told to decode none, and then refuses the page's
 * drawing), a damaged path — and the layout reads the page as it did without them; a limit
 * passed is the document's error, as it is while reading the text.
 */
async function readRules(doc: PdfJsDocument, n: number, guard: PdfGuard): Promise<PageText['rules']> {
  try {
    guard.startPage(n);
    const page = await doc.getPage(n);
    const rules = rulesOf(await page.getOperatorList(), page.view);
    page.cleanup();
    return rules;
  } catch (e) {
    if (guard.tripped) throw guard.tripped;
    if (e instanceof InputError) throw e;
    return [];
  }
}

/**
 * Open a PDF, read every page's items, and run `use` while the document is open (it may ask
 * pdf.js for more), all under the limits of src/parse/pdf-limits.ts; the document is always
 * destroyed. Bad PDFs are InputErrors.
 */
async function withPdf<T>(data: Buffer, name: string, use: (doc: PdfJsDocument, items: PdfItems, guard: PdfGuard) => Promise<T>): Promise<T> {
  if (data.length === 0) throw new InputError('is empty; expected a PDF', { file: name });
  const sha256 = createHash('sha256').update(data).digest('hex');
  const { PDFParse } = await loadPdfParse();
  // pdf.js's work on the document is bounded (pages, operators, decoded bytes, time, memory):
  // src/parse/pdf-limits.ts
  return withPdfGuard(name, async (guard) => {
    // A Buffer is copied by pdf-parse (pdf.js takes over the memory it is given).
    const parser = new PDFParse({
      data,
      verbosity: 0, // errors only: pdf.js never writes warnings to stdout/stderr
      stopAtErrors: true, // a damaged content stream is an error, not silently partial text
      useSystemFonts: false,
      isEvalSupported: false, // PostScript functions interpreted, never compiled from the file
      maxImageSize: 0, // images carry no text: pdf.js decodes none (a Type3 glyph may draw one)
    });
    try {
      const { doc, pages } = await readPages(parser, guard, name);
      if (pages.length === 0) throw new InputError('is a PDF without pages', { file: name });
      if (!pages.some((p) => p.items.length > 0)) {
        throw new InputError('has no text layer (a scanned or image-only PDF?); run it through OCR first, or give the document as text', {
          file: name,
        });
      }
      return await use(doc, { sha256, pages }, guard);
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  });
}
