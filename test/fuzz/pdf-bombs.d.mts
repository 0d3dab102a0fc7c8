// Types for test/fuzz/pdf-bombs.mjs (imported by the fuzz tests).
export declare function buildPdf(objects: Array<string | Buffer>): Buffer;
export declare function stream(entries: string, data: string | Buffer): Buffer;
export declare function formBomb(opts?: { depth?: number; fanout?: number; distinct?: boolean }): Buffer;
export declare function repeatedZlib(unit: string, n: number): Buffer;
export declare function flateBomb(opts?: { mb?: number; unit?: string }): Buffer;
export declare function type3Bomb(opts?: { depth?: number; fanout?: number }): Buffer;
export declare function plainOpsBomb(opts?: { ops?: number }): Buffer;
export declare function deepArrayPdf(opts?: { depth?: number }): Buffer;
export declare function controlBytesPdf(): Buffer;
export declare function pagesBomb(opts?: { pages?: number }): Buffer;
