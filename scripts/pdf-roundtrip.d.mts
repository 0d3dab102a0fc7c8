// Types for scripts/pdf-roundtrip.mjs (imported by the tests).
import type { SourceDocument } from '../src/parse/source.js';
export declare function loadReader(): Promise<{ readPdf(data: Buffer, name: string): Promise<SourceDocument> }>;
export declare function expectedLines(text: string): Promise<{ lines: string[][]; running: string[] }>;
export declare function compare(text: string, doc: SourceDocument): Promise<string[]>;
