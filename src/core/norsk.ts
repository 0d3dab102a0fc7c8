/**
 * Norwegian numbers, percentages, G multiples and dates — the one reader every document parser,
 * claim field and command-line option goes through.
 *
 * Numbers: `4,5`  `0,065`  `1 234 567,89`  `118.620`  `Kr 10 000`  `kr 10.000,-`  `10 000 kr`,
 * with ordinary, non-breaking (U+00A0), narrow non-breaking (U+202F), thin (U+2009) or figure
 * (U+2007) spaces as thousands separators, and machine decimals `48000.00`.
 *
 * The one real ambiguity is a single dot followed by exactly three digits (`1.500`): Norwegian
 * documents write thousands that way (`kr 118.620`), machines write decimals that way. In
 * documents (`dots: 'thousands'`, the default) it is a thousands separator; for values a person
 * or a script types (`dots: 'strict'`) it is refused with a hint, never guessed.
 */
import { InputError } from './errors.js';
import { Decimal } from './money.js';

export interface NumberOptions {
  /** How to read `1.500`: as thousands (documents) or refuse it as ambiguous (typed input). */
  dots?: 'thousands' | 'strict';
  /** Allow a leading minus sign. Amounts in claims and options are never negative. */
  allowNegative?: boolean;
}

const SPACES = /[\u00A0\u2007\u2009\u202F\u200A\u2002\u2003\u2004\u2005\u2006\u2008\t]/g;

/** Fold every kind of space to an ordinary one, and the minus sign to an ASCII hyphen. */
export function normaliseSpaces(s: string): string {
  return s.replace(SPACES, ' ').replace(/\u2212/g, '-');
}

/** Why a text is not a number: the message of the InputError parseNumber throws. */
class NotANumber {
  constructor(readonly message: string) {}
}

function failure(text: string, why: string): NotANumber {
  return new NotANumber(`expected a number like "4,5", "1 234 567,89" or "48000.00", got "${text}"${why ? ` (${why})` : ''}`);
}

const GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;

/** Read a Norwegian or machine number. Throws an InputError (no location) when it is not one. */
export function parseNumber(text: string, opts: NumberOptions = {}): Decimal {
  const r = readNumber(text, opts);
  if (r instanceof NotANumber) throw new InputError(r.message);
  return r;
}

/**
 * Read a Norwegian or machine number; undefined when it is not one. For the document parser,
 * which tries every table cell: an error records a stack trace when it is made, and a PDF's
 * cells made over a hundred of them.
 */
export function tryParseNumber(text: string, opts: NumberOptions = {}): Decimal | undefined {
  const r = readNumber(text, opts);
  return r instanceof NotANumber ? undefined : r;
}

/** The number, or why the text is not one (no error made: see tryParseNumber). */
function readNumber(text: string, opts: NumberOptions): Decimal | NotANumber {
  if (typeof text !== 'string') return failure(String(text), 'not text');
  const original = text;
  let s = normaliseSpaces(text).trim();
  // currency words and the «,-» of whole-krone amounts
  s = s.replace(/^(kr\.?|nok)\s*/i, '');
  s = s.replace(/\s*(kr\.?|kroner|nok)$/i, '');
  // «,-» marks whole kroner, so a dot before it can only separate thousands
  const wholeKroner = /[.,]\s*[-–—]$/.test(s);
  s = s.replace(/[.,]\s*[-–—]$/, '');
  s = s.trim();
  let negative = false;
  if (/^[-+]/.test(s)) {
    negative = s[0] === '-';
    s = s.slice(1).trim();
  }
  if (s === '') return failure(original, 'empty');
  if (!/^[\d .,]+$/.test(s)) return failure(original, 'not a number');
  if (/[ .,]$/.test(s) || /^[ .,]/.test(s)) return failure(original, 'misplaced separator');
  s = s.replace(/ +/g, ' ');

  let intPart: string;
  let fracPart = '';
  const commas = s.split(',').length - 1;
  if (commas > 1) return failure(original, 'more than one decimal comma');
  if (commas === 1) {
    const [i, f] = s.split(',') as [string, string];
    if (!/^\d+$/.test(f)) return failure(original, 'digits expected after the decimal comma');
    intPart = i;
    fracPart = f;
    if (intPart.includes(' ') && intPart.includes('.')) return failure(original, 'mixed thousands separators');
    if (intPart.includes('.')) {
      if (!GROUPED_DOT.test(intPart)) return failure(original, 'dots must separate groups of three digits');
      intPart = intPart.replace(/\./g, '');
    }
  } else if (s.includes('.')) {
    if (s.includes(' ')) {
      // «1 234.50» — a space-grouped integer with a machine decimal point
      const dot = s.lastIndexOf('.');
      intPart = s.slice(0, dot);
      fracPart = s.slice(dot + 1);
      if (intPart.includes('.') || !/^\d+$/.test(fracPart)) return failure(original, 'mixed thousands separators');
    } else {
      const dots = s.split('.').length - 1;
      if (dots > 1) {
        if (!GROUPED_DOT.test(s)) return failure(original, 'dots must separate groups of three digits');
        intPart = s.replace(/\./g, '');
      } else {
        const [i, f] = s.split('.') as [string, string];
        const thousandsShaped = /^[1-9]\d{0,2}$/.test(i) && /^\d{3}$/.test(f);
        if (thousandsShaped) {
          if ((opts.dots ?? 'thousands') === 'strict' && !wholeKroner) {
            return failure(original, `ambiguous: write ${i}${f} for thousands or ${i},${f} for a decimal`);
          }
          intPart = i + f;
        } else {
          intPart = i;
          fracPart = f;
        }
      }
    }
  } else {
    intPart = s;
  }
  if (intPart.includes(' ')) {
    if (!GROUPED_SPACE.test(intPart)) return failure(original, 'spaces must separate groups of three digits');
    intPart = intPart.replace(/ /g, '');
  }
  if (!/^\d+$/.test(intPart)) return failure(original, 'not a number');
  if (negative && !opts.allowNegative) {
    return new NotANumber(`expected an amount of zero or more, got "${original}"`);
  }
  const d = new Decimal(`${negative ? '-' : ''}${intPart}${fracPart ? '.' + fracPart : ''}`);
  return d.isZero() ? new Decimal(0) : d;
}

/**
 * A number from a YAML/JSON value: a number or a decimal string. Binary floats from JSON are
 * taken by their shortest decimal form (`0.1` is "0.1"); integers beyond 2^53 are refused
 * because they have already lost digits — write them as strings.
 */
export function parseNumberValue(value: unknown, opts: NumberOptions = {}): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(`expected a number, got ${String(value)}`);
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new InputError(`number ${value} is too large to be exact; write it as a string`);
    }
    if (value < 0 && !opts.allowNegative) throw new InputError(`expected an amount of zero or more, got ${value}`);
    return new Decimal(String(value));
  }
  if (typeof value === 'bigint') {
    if (value < 0n && !opts.allowNegative) throw new InputError(`expected an amount of zero or more, got ${value}`);
    return new Decimal(value.toString());
  }
  if (typeof value === 'string') return parseNumber(value, { dots: 'strict', ...opts });
  throw new InputError(`expected a number or a decimal string, got ${describe(value)}`);
}

/** A value as an error message shows it: a long text cut to its start (messages are one line). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 50).replace(/\s+/g, ' ')}…" (${value.length} characters)` : `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

/** `5,2 %`, `5,2%`, `5,2 prosent`, `5.2` → 5.2 */
export function parsePercent(text: string, opts: NumberOptions = {}): Decimal {
  const s = normaliseSpaces(text).trim().replace(/\s*(%|prosent)$/i, '');
  return parseNumber(s, { dots: 'strict', ...opts });
}

/** `0,065 promille`, `0,07 ‰`, `0.07` → 0.07 */
export function parsePermille(text: string, opts: NumberOptions = {}): Decimal {
  const s = normaliseSpaces(text).trim().replace(/\s*(‰|promille)$/i, '');
  return parseNumber(s, { dots: 'strict', ...opts });
}

/** A sum in G: one multiple (`4,50 G`) or a range (`22-30 G`, `1-6,50 G`, `1 – 6,5 G`). */
export type GAmount = { g: Decimal } | { g_min: Decimal; g_max: Decimal };

export function parseGAmount(text: string): GAmount {
  const s = normaliseSpaces(text).trim().replace(/\s*G$/, '').trim();
  const m = /^(.+?)\s*(?:[-–—]|\btil\b)\s*(.+)$/.exec(s);
  if (m && !/^[-–—]/.test(s)) {
    const lo = parseNumber(m[1]!, { dots: 'strict' });
    const hi = parseNumber(m[2]!, { dots: 'strict' });
    if (lo.greaterThan(hi)) throw new InputError(`expected a G range low-high, got "${text}"`);
    return { g_min: lo, g_max: hi };
  }
  return { g: parseNumber(s, { dots: 'strict' }) };
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** An ISO calendar date string, `YYYY-MM-DD`, known to exist. */
export type IsoDate = string;

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Read `2024-06-01`, `01.06.2024` or `1.6.2024`; refuse dates that do not exist. */
export function parseDate(text: string): IsoDate {
  if (typeof text !== 'string') throw new InputError(`expected a date like 2024-06-01, got ${describe(text)}`);
  const s = normaliseSpaces(text).trim();
  let y: number, m: number, d: number;
  let mm: RegExpExecArray | null;
  if ((mm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    y = +mm[1]!; m = +mm[2]!; d = +mm[3]!;
  } else if ((mm = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) {
    d = +mm[1]!; m = +mm[2]!; y = +mm[3]!;
  } else {
    throw new InputError(`expected a date like 2024-06-01 or 01.06.2024, got "${text}"`);
  }
  if (m < 1 || m > 12) throw new InputError(`"${text}" is not a date: there is no month ${m}`);
  if (y < 1900 || y > 2200) throw new InputError(`"${text}" is not a plausible date: year ${y} is outside 1900–2200`);
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim) throw new InputError(`"${text}" is not a date: ${MONTHS[m - 1]} ${y} has ${dim} days`);
  return iso(y, m, d);
}

/** A date from a YAML/JSON value (dates stay strings in YAML 1.2; a JS Date is taken as UTC). */
export function parseDateValue(value: unknown): IsoDate {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') throw new InputError(`expected a date like 2024-06-01, got ${describe(value)}`);
  return parseDate(value);
}

export function splitDate(d: IsoDate): [number, number, number] {
  return [+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10)];
}

/**
 * The Nth anniversary of `from`. An anniversary that does not exist (29 February in a common
 * year) falls on 1 March: the item has not had its full N years until 28 February has passed.
 */
export function anniversary(from: IsoDate, years: number): IsoDate {
  const [y, m, d] = splitDate(from);
  const ty = y + years;
  if (m === 2 && d === 29 && !isLeapYear(ty)) return iso(ty, 3, 1);
  return iso(ty, m, d);
}

/**
 * Calendar-exact age of something acquired on `from`, on the date `at`: `full` anniversaries
 * passed (on or before `at`), and whether `at` is exactly the `full`th anniversary. On the Nth
 * anniversary the age is exactly N; from the day after, year N+1 has started.
 */
export function calendarAge(from: IsoDate, at: IsoDate): { full: number; exact: boolean } {
  if (at < from) throw new InputError(`date ${at} is before ${from}`);
  const [fy] = splitDate(from);
  const [ty] = splitDate(at);
  let full = ty - fy;
  while (full > 0 && anniversary(from, full) > at) full--;
  return { full, exact: anniversary(from, full) === at };
}

export function todayIso(now: Date = new Date()): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
