/**
 * How much work one input may cause: bounds that keep a hostile or broken file (`/dev/zero`, an
 * endless pipe, a PDF «bomb» of nested drawings or a tiny stream that inflates to gigabytes) from
 * taking the machine's memory or an unbounded time. Each has a generous default, far above what
 * a real policy document or claim needs, and an environment variable to raise (or lower) it;
 * docs/conventions.md lists them.
 *
 * This module only holds the values: the CLI layer reads the environment (src/cli/io.ts) and sets
 * them here; the readers (src/cli/io.ts, src/parse/pdf-limits.ts) ask for them.
 */
import { UsageError } from './errors.js';

export interface Limits {
  /** Bytes of one input: a document, a claim, a parameter, object, policy or expected-results file. */
  inputBytes: number;
  /** Pages of one PDF. */
  pdfPages: number;
  /** Bytes one stream of a PDF (a page's contents, a font, an object stream) may decode to. */
  pdfStreamBytes: number;
  /** Content-stream operators of one PDF page; each form XObject drawn counts as OPS_PER_STEP. */
  pdfPageOperators: number;
  /** Seconds reading one PDF may take. */
  pdfSeconds: number;
  /** Resident memory (bytes) the process may reach while reading a PDF. */
  memoryBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  inputBytes: 50 * MB,
  pdfPages: 2000,
  pdfStreamBytes: 64 * MB,
  pdfPageOperators: 1_000_000,
  pdfSeconds: 60,
  memoryBytes: 1024 * MB,
};

/** Each limit's environment variable, and the unit its value is given in. */
export const LIMIT_VARIABLES: ReadonlyArray<{ key: keyof Limits; variable: string; unit: number; what: string }> = [
  { key: 'inputBytes', variable: 'SKADEKALK_MAX_INPUT_MB', unit: MB, what: 'megabytes of one input file' },
  { key: 'pdfPages', variable: 'SKADEKALK_MAX_PDF_PAGES', unit: 1, what: 'pages of one PDF' },
  { key: 'pdfStreamBytes', variable: 'SKADEKALK_MAX_PDF_STREAM_MB', unit: MB, what: 'megabytes one PDF stream may decode to' },
  { key: 'pdfPageOperators', variable: 'SKADEKALK_MAX_PDF_PAGE_OPERATORS', unit: 1, what: 'drawing operators of one PDF page' },
  { key: 'pdfSeconds', variable: 'SKADEKALK_MAX_PDF_SECONDS', unit: 1, what: 'seconds to read one PDF' },
  { key: 'memoryBytes', variable: 'SKADEKALK_MAX_MEMORY_MB', unit: MB, what: 'megabytes of memory while reading a PDF' },
];

let current: Limits = { ...DEFAULT_LIMITS };

/** The limits in force. */
export function limits(): Readonly<Limits> {
  return current;
}

/** Set the limits (the CLI, from the environment; tests). Unnamed ones keep their defaults. */
export function setLimits(values: Partial<Limits>): void {
  current = { ...DEFAULT_LIMITS, ...values };
}

/**
 * The limits an environment sets: a variable that is set must hold a positive number (a whole
 * number for pages and operators); anything else is a usage error naming the variable.
 */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<Limits> {
  const out: Partial<Limits> = {};
  for (const { key, variable, unit, what } of LIMIT_VARIABLES) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const whole = unit === 1 && key !== 'pdfSeconds';
    const ok = whole ? /^\s*\d+\s*$/.test(raw) : /^\s*\d+(?:\.\d+)?\s*$/.test(raw);
    const n = Number(raw);
    if (!ok || !(n > 0) || !Number.isSafeInteger(Math.ceil(n * unit))) {
      throw new UsageError(`${variable}: expected a ${whole ? 'whole ' : ''}number above zero (${what}), got "${raw}"`);
    }
    out[key] = unit === 1 ? n : Math.ceil(n * unit);
  }
  return out;
}

/** A byte count for messages: `50 MB`, `1.5 MB`, `512 bytes`. */
export function formatBytes(n: number): string {
  if (n < MB) return n % 1024 === 0 && n > 0 ? `${n / 1024} KB` : `${n} bytes`;
  const mb = n / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
