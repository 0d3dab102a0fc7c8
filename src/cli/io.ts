/**
 * Reading inputs for the CLI: `-` is stdin; a named file is read whole, with one-line errors for
 * the usual mistakes. Writing (`-o`, stdout) is in src/cli/output.ts.
 *
 * Inputs are read in pieces up to the input limit (src/core/limits.ts, SKADEKALK_MAX_INPUT_MB),
 * so that `/dev/zero`, an endless pipe or a file that keeps growing is refused within seconds
 * instead of filling the memory.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError, UsageError } from '../core/errors.js';
import { formatBytes, limits, limitsFromEnv, setLimits } from '../core/limits.js';

export interface InputFile {
  /** The name used in messages: the path, or `<stdin>`. */
  name: string;
  data: Buffer;
}

export const STDIN_NAME = '<stdin>';

let limitsRead = false;

/** Take the limits from the environment (SKADEKALK_MAX_*), once, before the first input is read. */
export function readLimitsFromEnv(): void {
  if (limitsRead) return;
  limitsRead = true;
  setLimits(limitsFromEnv(process.env));
}

/** Read a whole file (or stdin for `-`), with one-line errors for the usual mistakes. */
export function readInput(spec: string, what = 'input'): InputFile {
  readLimitsFromEnv();
  if (spec === '-') {
    if (fstatSync(0).isCharacterDevice() && !isDevNull(0)) throw new UsageError(`${what} "-" means stdin, but stdin is a terminal; pipe the ${what} in or name a file`);
    try {
      return { name: STDIN_NAME, data: readBounded(0, STDIN_NAME, what) };
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot read stdin: ${(e as Error).message}`);
    }
  }
  // open and read first, and say why from the error (a stat before every read gave the same
  // messages, at the cost of Node's Stats machinery on every start)
  let fd: number;
  try {
    fd = openSync(spec, 'r');
  } catch (e) {
    throw unreadable(e, spec, what);
  }
  try {
    return { name: spec, data: readBounded(fd, spec, what) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw unreadable(e, spec, what);
  } finally {
    closeSync(fd);
  }
}

/** The first read; the buffer then grows fourfold, up to one byte over the limit. */
const FIRST_READ = 64 * 1024;

/** All of `fd` (a file, a pipe, a device), refused as soon as it holds more than the input limit. */
function readBounded(fd: number, name: string, what: string): Buffer {
  const max = limits().inputBytes;
  let buf = Buffer.allocUnsafe(Math.min(FIRST_READ, max + 1));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      if (len > max) throw tooLarge(name, what, max);
      const bigger = Buffer.allocUnsafe(Math.min(max + 1, buf.length * 4));
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = readSome(fd, buf, len);
    if (n === 0) break;
    len += n;
  }
  if (len > max) throw tooLarge(name, what, max);
  return buf.subarray(0, len);
}

/** One read into buf[off…]; 0 at the end. A pipe that has nothing yet (EAGAIN) is read again shortly. */
function readSome(fd: number, buf: Buffer, off: number): number {
  for (;;) {
    try {
      return readSync(fd, buf, off, buf.length - off, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0; // Windows: the end of a pipe
      if (code !== 'EAGAIN') throw e;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

function tooLarge(name: string, what: string, max: number): InputError {
  return new InputError(`is larger than ${formatBytes(max)}, the most skadekalk reads as one ${what} (SKADEKALK_MAX_INPUT_MB sets the limit)`, { file: name });
}

function isDevNull(fd: number): boolean {
  try {
    return fstatSync(fd).rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** Fail early, with a clear message, when a named input is not a readable file. */
export function checkReadable(path: string, what = 'input'): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw unreadable(e, path, what);
  }
  if (st.isDirectory()) throw new InputError(`is a directory; expected a file (${what})`, { file: path });
}

/** Why a named input could not be read, in the words checkReadable uses. */
function unreadable(e: unknown, path: string, what: string): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`no such file (${what})`, { file: path });
  if (code === 'EISDIR') return new InputError(`is a directory; expected a file (${what})`, { file: path });
  return new InputError(`cannot read ${what}: ${errText(e)}`, { file: path });
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message;
}
