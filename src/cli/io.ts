/**
 * Reading inputs for the CLI: `-` is stdin; a named file is read whole, with one-line errors for
 * the usual mistakes. Writing (`-o`, stdout) is in src/cli/output.ts.
 */
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { InputError, UsageError } from '../core/errors.js';

export interface InputFile {
  /** The name used in messages: the path, or `<stdin>`. */
  name: string;
  data: Buffer;
}

export const STDIN_NAME = '<stdin>';

/** Read a whole file (or stdin for `-`), with one-line errors for the usual mistakes. */
export function readInput(spec: string, what = 'input'): InputFile {
  if (spec === '-') {
    if (fstatSync(0).isCharacterDevice() && !isDevNull(0)) throw new UsageError(`${what} "-" means stdin, but stdin is a terminal; pipe the ${what} in or name a file`);
    try {
      return { name: STDIN_NAME, data: readFileSync(0) };
    } catch (e) {
      throw new InputError(`cannot read stdin: ${(e as Error).message}`);
    }
  }
  // read first, and say why from the error (a stat before every read gave the same messages, at
  // the cost of Node's Stats machinery on every start)
  try {
    return { name: spec, data: readFileSync(spec) };
  } catch (e) {
    throw unreadable(e, spec, what);
  }
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
