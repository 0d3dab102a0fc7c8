/**
 * Norwegian numbers, percentages, G multiples and dates — the one reader every document parser,
 * claim field and command-line option goes through. The reading itself is in
 * src/core/norsk-text.ts (numbers in machine form, without decimal.js, for the document parser);
 * here the calculators get the same numbers as Decimal.
 */
import { InputError } from './errors.js';
import { Decimal, MONEY_INTEGER_DIGITS, NUMBER_DIGITS } from './money.js';
import { daysInMonth, describe, normaliseSpaces, parseGAmountText, parseNumberText, splitDate, tryParseNumberText, type IsoDate, type NumberOptions } from './norsk-text.js';

export {
  anniversary,
  calendarAge,
  daysInMonth,
  describe,
  isLeapYear,
  normaliseSpaces,
  parseDate,
  parseDateValue,
  splitDate,
  todayIso,
  type IsoDate,
  type NumberOptions,
} from './norsk-text.js';

/** Read a Norwegian or machine number. Throws an InputError (no location) when it is not one. */
export function parseNumber(text: string, opts: NumberOptions = {}): Decimal {
  return exact(parseNumberText(text, opts), text, opts);
}

/**
 * A machine number as Decimal, refused when it has more digits than the tool computes with
 * exactly (core/money.ts): decimal.js would round it at the first step, silently. Money may have
 * MONEY_INTEGER_DIGITS digits of kroner; any other number NUMBER_DIGITS significant digits.
 */
function exact(machine: string, text: string, opts: NumberOptions): Decimal {
  const digits = machine.length - (machine.startsWith('-') ? 1 : 0);
  if (digits <= 15) return new Decimal(machine);
  const dot = machine.indexOf('.');
  const integer = (dot < 0 ? machine.length : dot) - (machine.startsWith('-') ? 1 : 0);
  if (opts.money && integer > MONEY_INTEGER_DIGITS) {
    throw new InputError(`"${text}" is more kroner than the tool computes exactly (at most ${MONEY_INTEGER_DIGITS} digits before the decimal point)`);
  }
  const d = new Decimal(machine);
  if (d.sd(true) > NUMBER_DIGITS) {
    throw new InputError(`"${text}" has more digits than the tool computes exactly (at most ${NUMBER_DIGITS} significant digits)`);
  }
  return d;
}

/** Read a Norwegian or machine number; undefined when it is not one (see tryParseNumberText). */
export function tryParseNumber(text: string, opts: NumberOptions = {}): Decimal | undefined {
  const s = tryParseNumberText(text, opts);
  return s === undefined ? undefined : new Decimal(s);
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
    // a number is a number (no dot ambiguity), taken by its shortest decimal form
    const s = String(value);
    if (s.includes('e')) throw new InputError(`number ${s} is too large or too small to be exact; write it as a decimal string`);
    const dot = s.indexOf('.');
    if (opts.money && dot >= 0 && s.length - dot > 3) throw new InputError(`expected kroner with at most two decimals (øre), got ${s}`);
    return exact(s, s, opts);
  }
  if (typeof value === 'bigint') {
    if (value < 0n && !opts.allowNegative) throw new InputError(`expected an amount of zero or more, got ${value}`);
    return exact(value.toString(), value.toString(), opts);
  }
  if (typeof value === 'string') return parseNumber(value, { dots: 'strict', ...opts });
  throw new InputError(`expected a number or a decimal string, got ${describe(value)}`);
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
  const g = parseGAmountText(text);
  return 'g' in g ? { g: new Decimal(g.g) } : { g_min: new Decimal(g.g_min), g_max: new Decimal(g.g_max) };
}

/** A date as people read it in Norwegian text: `15.03.2024`. */
export function formatDateNo(d: IsoDate): string {
  return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
}

/**
 * The date `months` months after `d`: a deadline «innen N år / N måneder» from a date. It falls on
 * the day of the month the period began; a month without that day ends the period on its last day
 * (fristloven § 5: 31 January + 1 month = 29 February in a leap year, 29 February + 5 years =
 * 28 February).
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = splitDate(d);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const td = Math.min(day, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}
