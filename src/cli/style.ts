/**
 * Colour for people: only when stdout is a terminal, and never with `--no-color` or `NO_COLOR`.
 * chalk is loaded only when colour is actually used, so pipes and CI pay nothing for it.
 */
import { fstatSync, statSync } from 'node:fs';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const plainFn = (s: string): string => s;
export const PLAIN: Style = { bold: plainFn, dim: plainFn, red: plainFn, green: plainFn, yellow: plainFn, cyan: plainFn };

export async function colourWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal(1);
}

/**
 * Whether fd is a terminal. Files and pipes are answered by one fstat; node:tty (2–3 ms to
 * load) is consulted only for character devices other than /dev/null.
 */
export async function isTerminal(fd: number): Promise<boolean> {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  try {
    if (statSync('/dev/null').rdev === st.rdev) return false;
  } catch {
    /* no /dev/null: ask tty */
  }
  // the bundle is CommonJS and is run by bin/skadekalk.js through vm.Script (for its code cache),
  // where a dynamic import() of a built-in fails («A dynamic import callback was not specified»):
  // require it there; import() only where there is no require (ESM, the tests)
  const { isatty } = typeof require === 'function' ? (require('node:tty') as typeof import('node:tty')) : await import('node:tty');
  return isatty(fd);
}

export async function loadStyle(wanted: boolean): Promise<Style> {
  if (!wanted) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, cyan: c.cyan };
}
