/**
 * Norwegian numbers, percentages, G multiples and dates — the one reader every document parser,
 * claim field and command-line option goes through. The reading itself is in
 * src/core/norsk-text.ts (numbers in machine form, without decimal.js, for the document parser);
 * here the calculators get the same numbers as Decimal.
 */
import { InputError } from './errors.js';
import { Decimal } from './money.js';
import { describe, normaliseSpaces, parseGAmountText, parseNumberText, tryParseNumberText, type NumberOptions } from './norsk-text.js';

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
  return new Decimal(parseNumberText(text, opts));
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
    return new Decimal(String(value));
  }
  if (typeof value === 'bigint') {
    if (value < 0n && !opts.allowNegative) throw new InputError(`expected an amount of zero or more, got ${value}`);
    return new Decimal(value.toString());
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
