/**
 * Writing outputs for the CLI: `-o FILE` and stdout. Reading inputs is in src/cli/io.ts.
 *
 * `-o FILE` is written atomically, with write-file-atomic's semantics: a temporary file in the
 * target's folder, fsync, then a rename over the target — so a failed or interrupted run never
 * leaves a half-written or truncated file, and an existing file stays as it was. An existing
 * file keeps its mode and (where the user may set it) its owner; a symlink stays a symlink and
 * its target is replaced; a device or named pipe (`/dev/null`, a FIFO) is written directly. The
 * temporary file is removed when the process dies of a catchable signal (SIGINT, SIGTERM,
 * SIGHUP, SIGQUIT …) or exits early, through signal-exit — the library write-file-atomic uses
 * for this.
 *
 * Not write-file-atomic itself: it writes one whole buffer, and `settle --batch -o` streams
 * results that do not fit in memory (a million claims), piece by piece into one temporary file.
 * One writer serves both.
 *
 * A full disk, a quota, a read-only file system (ENOSPC, EDQUOT, EROFS …) is an OutputError:
 * one line naming the file, exit 2 — not an internal error.
 */
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { onExit } from 'signal-exit';
import { SkadekalkError, UsageError } from '../core/errors.js';

export const STDOUT_NAME = '<stdout>';

/** Why a write failed, in words (with the code, which scripts and search engines know). */
function writeProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EIO: 'input/output error',
    ENOENT: 'no such file or folder',
    EISDIR: 'is a directory',
  };
  const w = err?.code !== undefined ? words[err.code] : undefined;
  if (w !== undefined) return `${w} (${err.code})`;
  return err?.message ?? String(e);
}

/** An output that could not be written (full disk, quota, permissions): exit 2, one line. */
export class OutputError extends SkadekalkError {
  override name = 'OutputError';
  constructor(file: string, cause: unknown) {
    super(`${file}: cannot write: ${writeProblem(cause)}`, 2);
  }
}

/** Whether `e` is an error of the system (an errno code), as opposed to a bug. */
function isSystemError(e: unknown): boolean {
  return typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** `e` as the error to throw for output `file`: an OutputError when the system refused, else as it is. */
function writeError(e: unknown, file: string): unknown {
  return isSystemError(e) ? new OutputError(file, e) : e;
}

/**
 * Check `-o FILE` before any work is done: its folder exists, it is not a folder, and it is not
 * one of the command's `inputs` (paths, `-` for stdin, undefined for an option not given) —
 * the same file by device and inode, whatever the names (a symlink, a hard link, `./x`), so that
 * a run never replaces what it reads. Every command that takes `-o` calls this with all the files
 * it reads.
 */
export function checkOutputPath(path: string, inputs: readonly (string | undefined)[]): void {
  const dir = dirname(path);
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`-o ${path}: folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`-o ${path}: ${dir} is not a folder`);
  let out;
  try {
    out = statSync(path);
  } catch {
    return; // not there yet: a new file cannot be an input
  }
  if (out.isDirectory()) throw new UsageError(`-o ${path}: is a directory`);
  // a device or pipe is written, not replaced (and /dev/null may well be an input too)
  if (!out.isFile()) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    let si;
    try {
      si = input === '-' ? fstatSync(0) : statSync(input);
    } catch {
      continue; // the command says why when it reads it
    }
    if (si.dev === out.dev && si.ino === out.ino) {
      const what = input === '-' ? 'stdin (the input)' : input === path ? 'the input' : `the same file as the input ${input}`;
      throw new UsageError(`-o ${path}: is ${what}; writing it would replace what is read — write the output to another file`);
    }
  }
}

/** Where a write to `path` goes: through symlinks (also one whose target is not there yet). */
function resolveTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    /* not there, or a dangling symlink */
  }
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let link;
    try {
      if (!lstatSync(p).isSymbolicLink()) return p;
      link = readlinkSync(p);
    } catch {
      return p; // nothing there: a new file under this name
    }
    p = resolve(dirname(p), link);
  }
  return path;
}

/**
 * A name in /dev or /proc (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`) stands for an open file
 * of the process, even when what it leads to is a regular file (stdout redirected to one): it is
 * written through, as a shell's `> /dev/stdout` is. Replacing it would put the output where
 * nobody reads it — or, run as root, replace the link /dev/stdout itself with a file.
 */
function isSystemPath(path: string): boolean {
  const abs = resolve(path);
  return abs.startsWith('/dev/') || abs.startsWith('/proc/');
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
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
 * A file written piece by piece that appears under its name only when committed (see the top of
 * this file). Errors of the system are OutputErrors naming `path`.
 */
export function openAtomic(path: string): AtomicFile {
  checkOutputPath(path, []);
  const target = resolveTarget(path);
  let existing;
  try {
    existing = statSync(target);
  } catch {
    /* not there yet: a new regular file */
  }
  if ((existing !== undefined && !existing.isFile()) || isSystemPath(path) || isSystemPath(target)) return openDirect(path);
  const tmp = tempPathFor(target);
  let fd: number | null = null;
  let done = false;
  const cleanUp = () => {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
      fd = null;
    }
    if (!done) {
      done = true;
      try {
        unlinkSync(tmp);
      } catch {
        /* never created or already gone */
      }
    }
  };
  // on a signal or an early exit: the temporary file goes (the process then dies of the signal)
  const removeHook = onExit(() => cleanUp());
  try {
    fd = openSync(tmp, 'wx', existing !== undefined ? existing.mode & 0o7777 : 0o666);
    if (existing !== undefined) keepOwnerAndMode(fd, existing);
  } catch (e) {
    removeHook();
    cleanUp();
    throw writeError(e, path);
  }
  return {
    write: (data) => writeAll(fd, data, path),
    commit() {
      if (done) return;
      try {
        fsyncSync(fd!);
        closeSync(fd!);
        fd = null;
        renameSync(tmp, target);
      } catch (e) {
        throw writeError(e, path);
      }
      done = true;
      removeHook();
    },
    abort() {
      cleanUp();
      removeHook();
    },
  };
}

/** The temporary file takes the mode (open's mode is masked by the umask) and owner of the file it replaces. */
function keepOwnerAndMode(fd: number, st: { mode: number; uid: number; gid: number }): void {
  fchmodSync(fd, st.mode & 0o7777);
  try {
    fchownSync(fd, st.uid, st.gid);
  } catch {
    /* only root may give a file away: as write-file-atomic, keep what the user may keep */
  }
}

/** Write all of `data` to `fd` (writeSync may write less than asked); a failure names `file`. */
function writeAll(fd: number | null, data: string | Uint8Array, file: string): void {
  if (fd === null) throw new Error('write after close');
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } catch (e) {
    throw writeError(e, file);
  }
}

/** The descriptor a name of one of the process's own open files stands for (`/dev/stdout` → 1). */
function ownDescriptor(path: string): number | undefined {
  const m = /^\/(?:dev\/(?:(stdout)|(stderr)|fd\/(\d+))|proc\/self\/fd\/(\d+))$/.exec(resolve(path));
  if (!m) return undefined;
  return m[1] ? 1 : m[2] ? 2 : Number(m[3] ?? m[4]);
}

function openDirect(path: string): AtomicFile {
  // written through the descriptor itself: opening /dev/stdout again fails when it is a socket
  // (ENXIO), as stdout is under many process managers and test runners
  const own = ownDescriptor(path);
  if (own !== undefined) {
    return { write: (data) => writeAll(own, data, path), commit() {}, abort() {} };
  }
  let fd: number | null;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw writeError(e, path);
  }
  return {
    write: (data) => writeAll(fd, data, path),
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
  else writeStdout(text);
}

/**
 * Write to stdout synchronously, without creating process.stdout (Node builds its stream
 * machinery on first touch of process.stdout, ~3 ms of a ~35 ms start). A non-blocking pipe
 * that is full (EAGAIN) is waited on briefly and retried. Returns false when the reader went
 * away (EPIPE, e.g. `| head`): the output ends quietly. Any other failure (a full disk under
 * `> file`) is an OutputError.
 */
export function writeStdout(data: string | Uint8Array): boolean {
  try {
    return writeFdRetrying(1, data);
  } catch (e) {
    throw writeError(e, STDOUT_NAME);
  }
}

/** Write to stdout (as writeStdout, a closed pipe ending it quietly) or stderr (where a failure has nowhere to be told, and is dropped). */
export function writeFd(fd: 1 | 2, data: string | Uint8Array): void {
  if (fd === 1) {
    writeStdout(data);
    return;
  }
  try {
    writeFdRetrying(2, data);
  } catch {
    /* stderr itself cannot be written: nothing left to tell anyone */
  }
}

function writeFdRetrying(fd: number, data: string | Uint8Array): boolean {
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
      if (code === 'EPIPE') return false;
      throw e;
    }
  }
  return true;
}
