/**
 * How text for people is shown: colour, and the width it fits.
 *
 * Colour is chalk's own decision (its supports-color: FORCE_COLOR forces it, TERM=dumb and a
 * stdout that is not a terminal get none), with the switches chalk does not know of:
 * `--no-color` always turns it off (chalk would let FORCE_COLOR win over it), and NO_COLOR turns it
 * off unless FORCE_COLOR is set (https://no-color.org). chalk is loaded only for text output.
 *
 * The width is the terminal's when stdout is one, else COLUMNS when that is set, else 80.
 */
import { fstatSync, statSync } from 'node:fs';
import { DEFAULT_WIDTH } from '../render/text.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  /** The columns text may take. */
  width: number;
  /** Whether the functions above add colour codes. */
  colour: boolean;
}

const plainFn = (s: string): string => s;

export function plainStyle(width = DEFAULT_WIDTH): Style {
  return { bold: plainFn, dim: plainFn, red: plainFn, green: plainFn, yellow: plainFn, cyan: plainFn, width, colour: false };
}

/** The chalk colour level for stdout (0: none) after --no-color (`flag` false) and NO_COLOR. */
export async function colourLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (flag === false) return 0;
  if (env.FORCE_COLOR === undefined && env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  // not a terminal and not forced: no colour (chalk would say so too, bar its Azure Pipelines
  // rule), without loading chalk and node:tty for a pipe or a file
  if (env.FORCE_COLOR === undefined && !(await isTerminal(1))) return 0;
  const { supportsColor } = await import('chalk');
  return supportsColor === false ? 0 : supportsColor.level;
}

/** The width of text for people on stdout. */
export async function outputWidth(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (await isTerminal(1)) {
    const cols = process.stdout.columns;
    if (typeof cols === 'number' && cols > 0) return cols;
  }
  return widthFromEnv(env);
}

/** The width where there is no terminal to ask: COLUMNS when it is set, else 80. */
export function widthFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}

// the bundle is CommonJS and is run by bin/skadekalk.js through vm.Script (for its code cache),
// where a dynamic import() of a built-in fails («A dynamic import callback was not specified»):
// require it there; import() only where there is no require (ESM, the tests)
async function tty(): Promise<typeof import('node:tty')> {
  return typeof require === 'function' ? (require('node:tty') as typeof import('node:tty')) : await import('node:tty');
}

/** Whether fd is a character device other than /dev/null: a terminal, or something like one. */
export function mayBeTerminal(fd: number): boolean {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  try {
    return statSync('/dev/null').rdev !== st.rdev;
  } catch {
    return true;
  }
}

/**
 * Whether fd is a terminal. Files and pipes are answered by one fstat; node:tty is consulted
 * only for character devices other than /dev/null.
 */
export async function isTerminal(fd: number): Promise<boolean> {
  return mayBeTerminal(fd) && (await tty()).isatty(fd);
}

export async function loadStyle(level: number, width: number): Promise<Style> {
  if (level === 0) return plainStyle(width);
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: level as 1 | 2 | 3 });
  return { bold: c.bold, dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, cyan: c.cyan, width, colour: true };
}
