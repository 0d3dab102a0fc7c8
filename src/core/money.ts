/**
 * Money: the one rounding policy of skadekalk (docs/settle.md).
 *
 * - All arithmetic is decimal (decimal.js), never binary floating point.
 * - Precision is 40 significant digits, so sums in the billions times rates with several
 *   decimals stay exact until they are rounded.
 * - Each amount a step produces is rounded to øre, half up (away from zero at exactly half),
 *   when it is produced — `ore()`. Later steps use that rounded figure, so a statement adds up.
 * - `-0` never leaves this module: a rounded zero is always positive zero.
 */
// the named export: the default one is the module, not the class, to a caller compiling with
// moduleResolution nodenext (decimal.js's types are CommonJS there)
import { Decimal as DecimalJs } from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

/**
 * What the tool reads exactly (src/core/norsk.ts refuses more, never rounds it): money up to
 * MONEY_INTEGER_DIGITS digits of kroner (below 10^15 kroner) with øre, any other number up to
 * NUMBER_DIGITS significant digits. With 40 significant digits of precision, a product of such
 * an amount and such a factor (17 + 20 digits) and a sum of many of them stay exact; only true
 * divisions (the lifetime rule's A/B) round, and their result is rounded to øre where produced.
 */
export const MONEY_INTEGER_DIGITS = 15;
export const NUMBER_DIGITS = 20;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

export function dec(x: DecimalInput): Decimal {
  return x instanceof Decimal ? x : new Decimal(x);
}

/** Round to øre (2 decimals), half up; never -0. */
export function ore(x: DecimalInput): Decimal {
  const r = dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r;
}

/** Round to whole kroner, half up (renewal: new sums «rounded to whole kroner»). */
export function kroner(x: DecimalInput): Decimal {
  const r = dec(x).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r;
}

/** `amount × percent / 100`, rounded to øre. */
export function percentOf(amount: DecimalInput, percent: DecimalInput): Decimal {
  return ore(dec(amount).times(dec(percent)).dividedBy(HUNDRED));
}

/** `amount × permille / 1000`, rounded to øre. */
export function permilleOf(amount: DecimalInput, permille: DecimalInput): Decimal {
  return ore(dec(amount).times(dec(permille)).dividedBy(1000));
}

export function min(...xs: Decimal[]): Decimal {
  return Decimal.min(...xs);
}
export function max(...xs: Decimal[]): Decimal {
  return Decimal.max(...xs);
}

/** Machine form: a decimal string with exactly two decimals, `"48000.00"`. */
export function toMoneyString(x: DecimalInput): string {
  return ore(x).toFixed(2);
}

/**
 * Machine form of a rate or percentage: shortest exact decimal, `"5.2"`, `"0.065"`, `"10"`.
 * Never exponent notation, never -0.
 */
export function toRateString(x: DecimalInput): string {
  const d = dec(x);
  if (d.isZero()) return '0';
  return d.toFixed();
}

const NBSP_GROUP = ' ';

/** Group an unsigned integer string in threes with spaces: `1234567` → `1 234 567`. */
function group(intDigits: string): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += NBSP_GROUP;
    out += intDigits[i];
  }
  return out;
}

/*
 * Why not Intl.NumberFormat('nb-NO'): it would be exact — Node 20's NumberFormat formats a decimal
 * string exactly (checked against decimal.js up to 300 digits, rounding half away from zero as
 * here) — but the first NumberFormat of a process initialises ICU's locale data: 110 M
 * instructions, more than a whole `node -e 0` (86 M). Measured on `naturskade --sum N --year Y`
 * with formatNumberNo going through Intl: 117 M -> 227 M instructions (callgrind), 438 -> 564 ms
 * median wall (21 interleaved runs, busy machine): +29 % of the command's whole run, over the 10 %
 * a hand-written copy needs. It would also write U+00A0 and U+2212 where this writes a space
 * and a hyphen-minus.
 */
/** nb-NO number with a decimal comma and space-grouped thousands: `1 234 567,89`. */
export function formatNumberNo(x: DecimalInput, decimals = 2): string {
  const r = dec(x).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const neg = r.isNegative() && !r.isZero();
  const [intPart, frac] = r.abs().toFixed(decimals).split('.');
  return (neg ? '-' : '') + group(intPart ?? '0') + (frac ? ',' + frac : '');
}

/** People's form of money: `kr 1 234 567,89`, negative `-kr 15 000,00`. */
export function formatKr(x: DecimalInput): string {
  const r = ore(x);
  const body = formatNumberNo(r.abs(), 2);
  return r.isNegative() ? `-kr ${body}` : `kr ${body}`;
}

/** People's form of a rate: shortest decimal with a comma, `5,2`, `0,065`. */
export function formatRateNo(x: DecimalInput): string {
  const s = toRateString(x);
  const [i, f] = s.split('.');
  const neg = (i ?? '').startsWith('-');
  const digits = neg ? (i ?? '').slice(1) : (i ?? '');
  return (neg ? '-' : '') + group(digits) + (f ? ',' + f : '');
}
