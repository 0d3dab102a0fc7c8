/**
 * The Norwegian reader on text — numbers, G multiples and dates — without decimal.js: numbers come
 * out in machine form (`"1234567.89"`, the form the policy model stores). src/core/norsk.ts gives
 * the same numbers as Decimal, for the calculators; the document parser reads through this module
 * alone, so a `parse` run never loads decimal.js (~30 KB of the parse bundle).
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

export interface NumberOptions {
  /** How to read `1.500`: as thousands (documents) or refuse it as ambiguous (typed input). */
  dots?: 'thousands' | 'strict';
  /** Allow a leading minus sign. Amounts in claims and options are never negative. */
  allowNegative?: boolean;
  /**
   * Money (kroner): at most two decimals as written — `1,5000` and `16,990` are refused, never
   * rounded or read as 1,50 and 16,99 (trailing zeros count: they are what the person typed).
   */
  money?: boolean;
}

const SPACES = /[\u00A0\u2007\u2009\u202F\u200A\u2002\u2003\u2004\u2005\u2006\u2008\t]/g;

/** A heading's or label's text without the colon that ends it («Arbeidsmaskin:» → «Arbeidsmaskin»). */
export function withoutColon(s: string): string {
  return s.endsWith(':') ? s.slice(0, -1) : s;
}

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

/** Read a Norwegian or machine number into its machine form (`"1234567.89"`). Throws an InputError (no location) when it is not one. */
export function parseNumberText(text: string, opts: NumberOptions = {}): string {
  const r = readNumber(text, opts);
  if (r instanceof NotANumber) throw new InputError(r.message);
  return r;
}

/**
 * Read a Norwegian or machine number into its machine form; undefined when it is not one. For the
 * document parser, which tries every table cell: an error records a stack trace when it is made,
 * and a PDF's cells made over a hundred of them.
 */
export function tryParseNumberText(text: string, opts: NumberOptions = {}): string | undefined {
  const r = readNumber(text, opts);
  return r instanceof NotANumber ? undefined : r;
}

/** The number in machine form, or why the text is not one (no error made: see tryParseNumberText). */
function readNumber(text: string, opts: NumberOptions): string | NotANumber {
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
            // money has øre at most: «1.234» read as a decimal is no amount, «15.000» is 15,00
            const decimal = !opts.money ? `${i},${f}` : f.endsWith('0') ? `${i},${f.slice(0, 2)}` : '';
            return failure(original, `ambiguous: write ${i}${f} for thousands${decimal ? ` or ${decimal} for a decimal` : ''}`);
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
  if (opts.money && fracPart.length > 2) return tooManyDecimals(original, intPart, fracPart);
  if (negative && !opts.allowNegative) {
    return new NotANumber(`expected an amount of zero or more, got "${original}"`);
  }
  return canonical(negative, intPart, fracPart);
}

/** Money with more than two decimals: refused, with the reading a person most likely meant. */
function tooManyDecimals(original: string, intPart: string, fracPart: string): NotANumber {
  const thousands = fracPart.length === 3 && intPart.length <= 3 && !intPart.startsWith('0') ? `; for thousands write ${intPart}${fracPart} or "${intPart} ${fracPart}"` : '';
  return new NotANumber(`expected kroner with at most two decimals (øre), got "${original}"${thousands}`);
}

/**
 * The machine form of a number given by its sign and digits: no leading zeros, no trailing zeros
 * after the point, no point without decimals, and zero as "0" (never "-0"). It is what decimal.js
 * prints for the same number (`new Decimal(s).toFixed()`; src/core/norsk.test.ts checks it).
 */
function canonical(negative: boolean, intDigits: string, fracDigits: string): string {
  let i = 0;
  while (i < intDigits.length - 1 && intDigits[i] === '0') i++;
  let f = fracDigits.length;
  while (f > 0 && fracDigits[f - 1] === '0') f--;
  const int = intDigits.slice(i);
  const frac = fracDigits.slice(0, f);
  if (int === '0' && frac === '') return '0';
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** Compare two machine decimal strings (`"-12.5"`, `"0.065"`) exactly: negative, zero or positive. */
export function compareDecimalText(a: string, b: string): number {
  const [na, ia, fa] = decimalParts(a);
  const [nb, ib, fb] = decimalParts(b);
  if (na !== nb) return na ? -1 : 1;
  const sign = na ? -1 : 1;
  if (ia.length !== ib.length) return sign * (ia.length - ib.length);
  if (ia !== ib) return sign * (ia < ib ? -1 : 1);
  const width = Math.max(fa.length, fb.length);
  const pa = fa.padEnd(width, '0');
  const pb = fb.padEnd(width, '0');
  return pa === pb ? 0 : sign * (pa < pb ? -1 : 1);
}

/** The sum of machine decimal strings, exact, in machine form. */
export function addDecimalText(values: string[]): string {
  const width = Math.max(0, ...values.map((v) => decimalParts(v)[2].length));
  let sum = 0n;
  for (const v of values) {
    const [neg, i, f] = decimalParts(v);
    const n = BigInt(i + f.padEnd(width, '0'));
    sum += neg ? -n : n;
  }
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(width + 1, '0');
  return canonical(negative, digits.slice(0, digits.length - width), digits.slice(digits.length - width));
}

/** Sign, integer digits (without leading zeros) and decimals of a machine decimal string. */
function decimalParts(s: string): [boolean, string, string] {
  const negative = s.startsWith('-');
  const [i = '0', f = ''] = (negative ? s.slice(1) : s).split('.');
  return [negative, i.replace(/^0+(?=\d)/, ''), f];
}

/** A value as an error message shows it: a long text cut to its start (messages are one line). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 50).replace(/\s+/g, ' ')}…" (${value.length} characters)` : `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

/** A sum in G, in machine form: one multiple (`4,50 G`) or a range (`22-30 G`, `1-6,50 G`, `1 – 6,5 G`). */
export type GAmountText = { g: string } | { g_min: string; g_max: string };

export function parseGAmountText(text: string): GAmountText {
  const s = normaliseSpaces(text).trim().replace(/\s*G$/, '').trim();
  const m = /^(.+?)\s*(?:[-–—]|\btil\b)\s*(.+)$/.exec(s);
  if (m && !/^[-–—]/.test(s)) {
    const lo = parseNumberText(m[1]!, { dots: 'strict' });
    const hi = parseNumberText(m[2]!, { dots: 'strict' });
    if (compareDecimalText(lo, hi) > 0) throw new InputError(`expected a G range low-high, got "${text}"`);
    return { g_min: lo, g_max: hi };
  }
  return { g: parseNumberText(s, { dots: 'strict' }) };
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
