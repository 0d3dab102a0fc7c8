/**
 * Writing outputs for the CLI: `-o FILE` is written atomically (a temporary file in the same
 * folder, then a rename), so a failed run never leaves a half-written or truncated file behind
 * and an existing file stays as it was; stdout and stderr are written synchronously.
 * Reading inputs is in src/cli/io.ts.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';

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
