/**
 * Reading inputs and writing outputs for the CLI: `-` is stdin; `-o FILE` is written atomically
 * (a temporary file in the same folder, then a rename), so a failed run never leaves a
 * half-written or truncated file behind and an existing file stays as it was.
 *
 * Inputs are read in pieces up to the input limit (src/core/limits.ts, SKADEKALK_MAX_INPUT_MB),
 * so that `/dev/zero`, an endless pipe or a file that keeps growing is refused within seconds
 * instead of filling the memory.
 */
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/** Check that `-o FILE` can be written before any work is done. */
export function checkOutputPath(path: string): void {
  const dir = dirname(path);
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`-o ${path}: folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`-o ${path}: ${dir} is not a folder`);
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`-o ${path}: is a directory`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Write a whole file atomically. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const out = openAtomic(path);
  try {
    out.write(data);
    out.commit();
  } catch (e) {
    out.abort();
    throw e;
  }
}

export interface AtomicFile {
  write(data: string | Uint8Array): void;
  /** fsync, close and rename over the target. */
  commit(): void;
  /** Close and remove the temporary file; the target is untouched. */
  abort(): void;
}

/**
 * A file written piece by piece that appears under its name only when committed. A target that
 * exists and is not a regular file (`/dev/null`, a named pipe) is written directly: renaming a
 * temporary file over it would replace the device or pipe itself.
 */
export function openAtomic(path: string): AtomicFile {
  checkOutputPath(path);
  let special = false;
  try {
    special = !statSync(path).isFile();
  } catch {
    /* not there yet: a new regular file */
  }
  if (special) return openDirect(path);
  const tmp = tempPathFor(path);
  let fd: number | null = openForWriting(tmp, path, 'wx');
  return {
    write(data) {
      if (fd === null) throw new Error('write after close');
      writeAll(fd, data);
    },
    commit() {
      if (fd === null) return;
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      renameSync(tmp, path);
    },
    abort() {
      if (fd !== null) {
        try {
          closeSync(fd);
        } catch {
          /* already closed */
        }
        fd = null;
      }
      try {
        unlinkSync(tmp);
      } catch {
        /* never created or already gone */
      }
    },
  };
}

/** Write all of `data` to `fd`: writeSync may write less than asked. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** Open `path` to write; a failure is an InputError about `file` (the -o target). */
function openForWriting(path: string, file: string, flags: 'w' | 'wx'): number {
  try {
    return openSync(path, flags, 0o644);
  } catch (e) {
    throw new InputError(`cannot write: ${errText(e)}`, { file });
  }
}

function openDirect(path: string): AtomicFile {
  let fd: number | null = openForWriting(path, path, 'w');
  return {
    write(data) {
      if (fd === null) throw new Error('write after close');
      writeAll(fd, data);
    },
    commit() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
    abort() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/** Deliver a command's finished output: to `-o FILE` atomically, or to stdout. */
export function deliver(text: string, output: string | undefined): void {
  if (output !== undefined && output !== '-') writeFileAtomic(output, text);
  else writeFd(1, text);
}

/**
 * Write to stdout (fd 1) or stderr (fd 2) synchronously, without creating process.stdout:
 * Node builds its stream machinery on first touch of process.stdout (~3 ms of a ~35 ms start).
 * A non-blocking pipe that is full (EAGAIN) is waited on briefly and retried; a closed pipe
 * (EPIPE, e.g. `| head`) ends the output quietly.
 */
export function writeFd(fd: 1 | 2, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        continue;
      }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}
