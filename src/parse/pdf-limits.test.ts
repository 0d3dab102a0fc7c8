/**
 * The guard's bookkeeping, without pdf.js (the PDF stack never runs under vitest): a clock and a
 * memory reading of the test's own. The bombs themselves are read by the CLI in test/fuzz/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../core/limits.js';
import { LIMIT_ERROR_NAME, MEMORY_EVERY_MS, OPS_PER_STEP, PdfGuard, withPdfGuard } from './pdf-limits.js';

function guard(over: Partial<Limits> = {}, clock = { t: 0 }, memory = { rss: 100 << 20 }) {
  const g = new PdfGuard('x.pdf', { ...DEFAULT_LIMITS, ...over }, () => clock.t, () => memory.rss);
  return { g, clock, memory };
}

/** The error `fn` throws. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('PdfGuard', () => {
  it('counts a page’s steps against its operator limit, and starts again on the next page', () => {
    const { g } = guard({ pdfPageOperators: 10 * OPS_PER_STEP });
    g.startPage(1);
    for (let i = 0; i < 10; i++) g.step(0);
    g.startPage(2);
    for (let i = 0; i < 10; i++) g.step(0);
    const e = thrown(() => g.step(0));
    expect(e.name).toBe(LIMIT_ERROR_NAME);
    expect(g.tripped?.message).toBe(
      `x.pdf: page 2 draws more than ${10 * OPS_PER_STEP} operators (nested form XObjects?); refused (SKADEKALK_MAX_PDF_PAGE_OPERATORS sets the limit)`,
    );
  });

  it('keeps throwing once tripped, at every check, so that pdf.js stops wherever it is', () => {
    const { g } = guard({ pdfPageOperators: OPS_PER_STEP });
    g.startPage(1);
    g.step(0);
    const first = thrown(() => g.step(0));
    expect(thrown(() => g.step(0))).toBe(first);
    expect(thrown(() => g.grow(2 << 20))).toBe(first);
    expect(thrown(() => g.startPage(2))).toBe(g.tripped);
  });

  it('refuses a stream that grows past the stream limit', () => {
    const { g } = guard({ pdfStreamBytes: 8 << 20 });
    g.grow(8 << 20);
    expect(() => g.grow(16 << 20)).toThrow(/a stream decodes to more than 8 MB \(a compression bomb\?\); refused \(SKADEKALK_MAX_PDF_STREAM_MB/);
  });

  it('refuses when the time is up', () => {
    const { g, clock } = guard({ pdfSeconds: 2 });
    g.startPage(1);
    clock.t = 1999;
    g.step(clock.t);
    clock.t = 2001;
    expect(() => g.step(clock.t)).toThrow(/reading this PDF took more than 2 s; refused \(SKADEKALK_MAX_PDF_SECONDS/);
  });

  it('refuses when the memory is over the limit (checked every MEMORY_EVERY_MS of the work and on every large buffer)', () => {
    const { g, memory, clock } = guard({ memoryBytes: 200 << 20 });
    g.startPage(1);
    memory.rss = 300 << 20;
    // (not read again before MEMORY_EVERY_MS have passed: a system call)
    for (let i = 0; i < 1000; i++) g.step(clock.t);
    clock.t = MEMORY_EVERY_MS;
    expect(() => g.step(clock.t)).toThrow(/took more than 200 MB of memory; refused \(SKADEKALK_MAX_MEMORY_MB/);
    const other = guard({ memoryBytes: 200 << 20 }, { t: 0 }, { rss: 300 << 20 });
    expect(() => other.g.grow(2 << 20)).toThrow(/of memory/);
  });

  it('refuses too many pages before any is read', () => {
    const { g } = guard({ pdfPages: 5 });
    g.checkPages(5);
    expect(() => g.checkPages(6)).toThrow('x.pdf: has 6 pages, more than the 5 skadekalk reads from one PDF (SKADEKALK_MAX_PDF_PAGES sets the limit)');
  });
});

describe('withPdfGuard', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('hooks Date.now and Uint8Array set() while the read runs, and removes them after, also after a failure', async () => {
    const lim = { ...DEFAULT_LIMITS, pdfStreamBytes: 1 << 20, pdfPageOperators: 3 * OPS_PER_STEP };
    await expect(
      withPdfGuard(
        'x.pdf',
        async (g) => {
          g.startPage(1);
          expect(Date.now).not.toBe(realNow);
          expect(Object.hasOwn(Uint8Array.prototype, 'set')).toBe(true);
          new Uint8Array(1 << 20).set([1]); // at the limit: fine
          new Uint8Array(2 << 20).set([1]);
        },
        lim,
      ),
    ).rejects.toThrow(/a stream decodes to more than 1 MB/);
    expect(Date.now).toBe(realNow);
    expect(Object.hasOwn(Uint8Array.prototype, 'set')).toBe(false);
    const a = new Uint8Array(4 << 20);
    a.set([7], 1); // the plain set again, with its offset
    expect(a[1]).toBe(7);
  });

  it('counts Date.now calls as steps of the current page', async () => {
    const lim = { ...DEFAULT_LIMITS, pdfPageOperators: 3 * OPS_PER_STEP };
    const calls = await withPdfGuard(
      'x.pdf',
      async (g) => {
        g.startPage(1);
        let n = 0;
        try {
          for (; n < 10; n++) Date.now();
        } catch (e) {
          expect((e as Error).name).toBe(LIMIT_ERROR_NAME);
        }
        expect(g.tripped?.message).toMatch(/page 1 draws more than 300 operators/);
        return n;
      },
      lim,
    );
    expect(calls).toBe(3);
  });

  it('runs one read at a time', async () => {
    const order: string[] = [];
    const slow = withPdfGuard('a.pdf', async () => {
      order.push('a start');
      await new Promise((r) => setTimeout(r, 20));
      order.push('a end');
    });
    const fast = withPdfGuard('b.pdf', async () => {
      order.push('b');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a start', 'a end', 'b']);
  });
});
