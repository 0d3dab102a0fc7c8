/**
 * Bounds on the work one PDF may cause (src/core/limits.ts): a 2 KB file of nested form XObjects
 * can ask pdf.js for 10^7 drawings, and a 1 MB stream can inflate to a gigabyte. pdf.js has no
 * options for either (its getDocument options bound images only), and it runs in this thread —
 * pdf-parse sets it up without a worker — so it cannot be stopped from outside while it works.
 * A worker thread per document could be killed, but starting one costs more than the whole
 * margin the PDF target leaves (docs/development.md: within 1,1× of pdf-parse's getText).
 *
 * So the bounds are checked from inside, at the two places pdf.js's own code passes through
 * while it works, for the time one document is read (a guard; the hooks are removed after it):
 *
 * - `Date.now()`: pdf.js's content-stream interpreter (for text and for Type3 glyphs alike)
 *   asks for the time when it starts on a stream or form XObject, and after every 100 operators
 *   (its TimeSlotManager). Each call is counted against the page's operator limit (a form drawn
 *   counts as 100 operators), and the time limit is checked there; the memory limit every
 *   `MEMORY_EVERY_MS` of that time (reading the resident set size is a system call: asked at every
 *   16th step it cost about a tenth of a 30-page parse, profiled with --cpu-prof).
 * - `Uint8Array.prototype.set`: every decoded stream (Flate, LZW, RunLength, … also encrypted
 *   ones) grows its buffer by doubling and copies the old bytes over with set(); a buffer larger
 *   than the stream limit is refused before it is filled, so an inflating bomb stops at the limit.
 *
 * A limit that is passed throws from inside pdf.js (a PdfLimitExceeded, which pdf.js reports as
 * an error of the page or document), and keeps throwing at every later check, so that pdf.js
 * stops wherever it is; the reader then reports the limit's InputError, not pdf.js's message.
 */
import { InputError } from '../core/errors.js';
import { formatBytes, limits, type Limits } from '../core/limits.js';

/** Operators pdf.js interprets between two checks of the time (TimeSlotManager.CHECK_TIME_EVERY). */
export const OPS_PER_STEP = 100;

/** Milliseconds of pdf.js's work between two checks of the memory (and before the first). */
export const MEMORY_EVERY_MS = 100;

/** Buffers smaller than this are never checked (the check is for decoded streams, not strings). */
const LARGE = 1 << 20;

/** The error thrown inside pdf.js; src/parse/pdf-errors.ts knows its name. */
export const LIMIT_ERROR_NAME = 'PdfLimitExceeded';

export class PdfGuard {
  /** The limit passed, once one is. */
  tripped: InputError | undefined;
  private thrown: Error | undefined;
  private page = 0;
  private steps = 0;
  /** When the memory is next checked. */
  private nextMemory: number;
  private readonly maxSteps: number;
  private readonly deadline: number;

  constructor(
    private readonly name: string,
    private readonly lim: Readonly<Limits>,
    private readonly now: () => number,
    private readonly rss: () => number,
  ) {
    this.maxSteps = Math.max(1, Math.floor(lim.pdfPageOperators / OPS_PER_STEP));
    const t = now();
    this.deadline = t + lim.pdfSeconds * 1000;
    this.nextMemory = t + MEMORY_EVERY_MS;
  }

  /** Before each page: the page's count starts again; a limit passed so far is reported. */
  startPage(n: number): void {
    this.page = n;
    this.steps = 0;
    if (!this.tripped) {
      try {
        this.checkTimeAndMemory(this.now());
      } catch {
        // tripped: reported below, as the InputError (this is the reader's code, not pdf.js's)
      }
    }
    if (this.tripped) throw this.tripped;
  }

  /** The page count, checked before any page is read. */
  checkPages(pages: number): void {
    if (pages > this.lim.pdfPages) {
      throw new InputError(`has ${pages} pages, more than the ${this.lim.pdfPages} skadekalk reads from one PDF (SKADEKALK_MAX_PDF_PAGES sets the limit)`, { file: this.name });
    }
  }

  /** A step of pdf.js's interpreter (from Date.now). */
  step(now: number): void {
    if (this.thrown) throw this.thrown;
    if (++this.steps > this.maxSteps) {
      const where = this.page > 0 ? `page ${this.page}` : 'a page';
      this.trip(`${where} draws more than ${this.lim.pdfPageOperators} operators (nested form XObjects?); refused (SKADEKALK_MAX_PDF_PAGE_OPERATORS sets the limit)`);
    }
    if (now >= this.nextMemory || now > this.deadline) this.checkTimeAndMemory(now);
  }

  /** A decoded buffer grows to `bytes` (from Uint8Array.prototype.set). */
  grow(bytes: number): void {
    if (this.thrown) throw this.thrown;
    if (bytes > this.lim.pdfStreamBytes) {
      this.trip(`a stream decodes to more than ${formatBytes(this.lim.pdfStreamBytes)} (a compression bomb?); refused (SKADEKALK_MAX_PDF_STREAM_MB sets the limit)`);
    }
    this.checkTimeAndMemory(this.now(), true);
  }

  /** The time limit; the memory limit when it is due (every MEMORY_EVERY_MS) or `memory` asks for it. */
  private checkTimeAndMemory(now: number, memory = false): void {
    if (this.thrown) throw this.thrown;
    if (now > this.deadline) {
      this.trip(`reading this PDF took more than ${this.lim.pdfSeconds} s; refused (SKADEKALK_MAX_PDF_SECONDS sets the limit)`);
    }
    if (!memory && now < this.nextMemory) return;
    this.nextMemory = now + MEMORY_EVERY_MS;
    if (this.rss() > this.lim.memoryBytes) {
      this.trip(`reading this PDF took more than ${formatBytes(this.lim.memoryBytes)} of memory; refused (SKADEKALK_MAX_MEMORY_MB sets the limit)`);
    }
  }

  private trip(detail: string): never {
    this.tripped = new InputError(detail, { file: this.name });
    const e = new Error(this.tripped.message);
    e.name = LIMIT_ERROR_NAME;
    this.thrown = e;
    throw e;
  }
}

let active: PdfGuard | undefined;
/** Guards run one after the other: the hooks are process-wide. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `read` (one document's pdf.js work) under a guard: the hooks are in place until it has
 * settled (pdf.js's document destroyed included), and removed after. Reads of several PDFs are
 * run one at a time.
 */
export function withPdfGuard<T>(name: string, read: (guard: PdfGuard) => Promise<T>, lim: Readonly<Limits> = limits()): Promise<T> {
  const run = async (): Promise<T> => {
    const realNow = Date.now;
    const guard = new PdfGuard(name, lim, realNow, () => process.memoryUsage.rss());
    const unhook = hook(guard, realNow);
    try {
      return await read(guard);
    } finally {
      unhook();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

const typedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set as (this: Uint8Array, src: ArrayLike<number>, offset?: number) => void;

function hook(guard: PdfGuard, realNow: () => number): () => void {
  active = guard;
  Date.now = function now(): number {
    const t = realNow();
    active?.step(t);
    return t;
  };
  Object.defineProperty(Uint8Array.prototype, 'set', {
    configurable: true,
    writable: true,
    value: function set(this: Uint8Array, src: ArrayLike<number>, offset?: number): void {
      if (this.length >= LARGE) active?.grow(this.length);
      typedArraySet.call(this, src, offset);
    },
  });
  return () => {
    active = undefined;
    Date.now = realNow;
    delete (Uint8Array.prototype as { set?: unknown }).set;
  };
}
