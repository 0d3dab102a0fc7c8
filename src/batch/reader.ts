/**
 * Reading a batch input in chunks, cut at record boundaries (src/batch/split.ts), never whole:
 * a buffer of about `chunk` bytes is filled with synchronous reads and cut after its last whole
 * record; what follows the cut starts the next batch. A record longer than the buffer grows it,
 * up to `max` bytes (a single line, document or claim that large is not a claim file).
 *
 * Files and pipes alike (stdin is fd 0): a non-blocking pipe that has nothing yet (EAGAIN) is
 * waited on briefly and read again. A pipe (anything but a regular file) is read asynchronously:
 * one that stalls (a producer that keeps it open) must not block the event loop, or a signal
 * (Ctrl-C, kill, a closed terminal) could not be handled — the -o temporary file must be removed
 * and the process end. A regular file never stalls and is read synchronously: the round trip
 * through libuv's thread pool for every megabyte cost a batch run a tenth of its time on a busy
 * machine.
 */
import { read as readCallback, readSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { countLines } from './split.js';

/**
 * Where a buffer may be cut: the end of its last whole record in buf[0, end), 0 when none.
 * `line`: the line of the input at buf[0].
 */
export type Cutter = (buf: Uint8Array, end: number, line: number) => number;

export interface Batch {
  bytes: Uint8Array;
  /** The 1-based line of the input that `bytes` starts on. */
  line: number;
}

export class BatchReader {
  private buf: Buffer;
  private len = 0;
  private eof = false;
  /** Line of the input at buf[0]. */
  private line = 1;
  /** Bytes handed out so far (progress). */
  consumed = 0;
  cut: Cutter;

  constructor(
    private readonly fd: number,
    private readonly name: string,
    cut: Cutter,
    private readonly chunk = 1 << 20,
    private readonly max = 64 << 20,
    /** A regular file: read synchronously. */
    private readonly isFile = false,
  ) {
    this.cut = cut;
    this.buf = Buffer.allocUnsafeSlow(chunk);
  }

  /**
   * One read into the free end of the buffer (none when it is full or the input has ended): a
   * file fills it, a pipe gives what it has, so batches flow as claims arrive.
   */
  private async read(): Promise<void> {
    while (!this.eof && this.len < this.buf.length) {
      let n: number;
      try {
        const length = this.buf.length - this.len;
        n = this.isFile ? readSync(this.fd, this.buf, this.len, length, null) : await readSome(this.fd, this.buf, this.len, length);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw new InputError(`cannot read: ${(e as Error).message}`, { file: this.name });
      }
      if (n === 0) this.eof = true;
      else this.len += n;
      return;
    }
  }

  private grow(): void {
    if (this.buf.length >= this.max) {
      throw new InputError(`line ${this.line}: a record (line, document or claim) longer than ${this.max >> 20} MB; is this a claims file?`, { file: this.name });
    }
    const bigger = Buffer.allocUnsafeSlow(Math.min(this.max, this.buf.length * 2));
    this.buf.copy(bigger, 0, 0, this.len);
    this.buf = bigger;
  }

  /** Whether the whole input has been read into the buffer. */
  get atEnd(): boolean {
    return this.eof;
  }

  /**
   * The start of the input, before any batch is taken: what the first read gives, and at least
   * its first line (a CSV header); the BOM is dropped.
   */
  async head(): Promise<Uint8Array> {
    await this.read();
    while (!this.eof && this.buf.subarray(0, this.len).indexOf(10) < 0) {
      if (this.len === this.buf.length) this.grow();
      await this.read();
    }
    if (this.consumed === 0 && this.len >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.skip(3);
    return this.buf.subarray(0, this.len);
  }

  /** Drop the first `n` bytes of what is buffered (a CSV header). */
  skip(n: number): void {
    this.line += countLines(this.buf, 0, n);
    this.buf.copy(this.buf, 0, n, this.len);
    this.len -= n;
    this.consumed += n;
  }

  /** Buffers of `chunk` bytes handed out (owned) and given back: read into again. */
  private readonly spare: Buffer[] = [];

  /** An owned batch's buffer, given back when its bytes are no longer needed. */
  recycle(memory: ArrayBuffer): void {
    if (memory.byteLength === this.chunk) this.spare.push(Buffer.from(memory));
  }

  /** Bytes at the front of buf that were handed out as a view; moved out on the next call. */
  private taken = 0;

  /**
   * The next batch of whole records, or null at the end. With `owned`, the batch has an
   * ArrayBuffer of its own (to be transferred to a worker, and given back with `recycle`); without, it is a view into the
   * reader's buffer that is valid until the next call.
   */
  async next(owned: boolean): Promise<Batch | null> {
    if (this.taken > 0) {
      this.buf.copy(this.buf, 0, this.taken, this.len);
      this.len -= this.taken;
      this.taken = 0;
    }
    for (;;) {
      if (this.len === 0) await this.read();
      if (this.len === 0) return null;
      const cut = this.eof ? this.len : this.cut(this.buf, this.len, this.line);
      if (cut <= 0) {
        if (this.len === this.buf.length) this.grow();
        await this.read();
        continue;
      }
      const line = this.line;
      let bytes: Uint8Array;
      if (owned) {
        bytes = this.buf.subarray(0, cut);
        const rest = this.len - cut <= this.chunk && this.spare.length > 0 ? this.spare.pop()! : Buffer.allocUnsafeSlow(Math.max(this.chunk, this.len - cut));
        this.buf.copy(rest, 0, cut, this.len);
        this.buf = rest;
        this.len -= cut;
      } else {
        bytes = this.buf.subarray(0, cut);
        this.taken = cut;
      }
      this.consumed += cut;
      this.line += countLines(bytes);
      return { bytes, line };
    }
  }
}

/** One read of `fd` into buf[off, off + length), from where the file is (pipes and files alike). */
function readSome(fd: number, buf: Buffer, off: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => readCallback(fd, buf, off, length, null, (e, n) => (e ? reject(e) : resolve(n))));
}
