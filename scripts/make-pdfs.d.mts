// Types for scripts/make-pdfs.mjs (imported by the tests and the bench).
export declare const PAGE: { width: number; height: number };
export declare function loadTextReader(): Promise<typeof import('../src/parse/text.js')>;
export declare function parseText(text: string, name?: string): Promise<{ running: string[]; blocks: unknown[] }>;
export declare function makePdf(text: string, opts?: { title?: string; pages?: number; userPassword?: string }): Promise<Buffer>;
export declare function makeImageOnlyPdf(): Promise<Buffer>;
