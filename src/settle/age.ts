/**
 * The one age rule (docs/settle.md), shared by every product that deducts for age:
 * eiendeler (6.2), bygning (8), motorvogn and fritidsbåt electronics.
 *
 * Age is `age_years` as stated, or calendar-exact from `purchased` to the loss date
 * (`calendarAge`: on the Nth anniversary the item is exactly N years old; from the day after,
 * year N+1 has started; a 29 February purchase has its anniversary on 1 March in common years).
 *
 * «for hvert påbegynte år fra tingen er N år» and «… eldre enn N år» both mean: no deduction up
 * to and including age N, then one step per started year — `steps = ceil(age − N)` (age 3,5 with
 * N = 1 → 3 steps). The percentage is steps × rate, capped by the rule's maximum (100 % when the
 * clause states none: a value never goes below 0).
 *
 * From dates the steps are counted with integers (no Decimal): for a whole N,
 * ceil(age − N) = full − N on an exact anniversary, else full + 1 − N.
 */
import { Decimal } from '../core/money.js';
import { anniversary, calendarAge, formatDateNo, isLeapYear, type IsoDate } from '../core/norsk.js';
import { badFact, missingFact } from './errors.js';
import type { Claim, Item } from './types.js';

export interface AgeRule {
  /** N: no deduction up to and including this age (whole years). */
  from: number;
  /** Percent per started year beyond N. */
  perYear: number;
  /** The stated maximum percent (100 when none is stated). */
  max: number;
}

/**
 * Full years from `from` to `at` and whether `at` is that anniversary — exactly `calendarAge`
 * (core/norsk-text.ts; the age tests check the two agree on every date pair they generate), counted
 * with integers instead of date strings, because a batch counts this for millions of items.
 */
export function fullYears(from: IsoDate, at: IsoDate): { full: number; exact: boolean } {
  const fy = +from.slice(0, 4), fm = +from.slice(5, 7), fd = +from.slice(8, 10);
  const ty = +at.slice(0, 4), tm = +at.slice(5, 7), td = +at.slice(8, 10);
  // this year's anniversary; 29 February falls on 1 March in a common year
  let am = fm, ad = fd;
  if (fm === 2 && fd === 29 && !isLeapYear(ty)) {
    am = 3;
    ad = 1;
  }
  if (tm < am || (tm === am && td < ad)) return { full: ty - fy - 1, exact: false };
  return { full: ty - fy, exact: tm === am && td === ad };
}

/** The age of an item in whole calendar terms: full years passed and whether today is an anniversary. */
function ageFromDates(claim: Claim, item: Item, purchased: IsoDate): { full: number; exact: boolean } {
  if (purchased > claim.date) throw badFact(claim, item, 'purchased', `${purchased} is after the loss date ${claim.date}`);
  return fullYears(purchased, claim.date);
}

/** Whole numbers of years as Decimal, made once (comparisons would otherwise make one per call). */
const YEARS: readonly Decimal[] = Array.from({ length: 51 }, (_, n) => new Decimal(n));

function checkOneAge(claim: Claim, item: Item): void {
  if (item.age_years !== undefined && item.purchased !== undefined) {
    throw badFact(claim, item, 'age_years', 'give age_years or purchased, not both');
  }
}

/** Started years beyond N: 0 up to and including age N, then ceil(age − N). */
export function stepsBeyond(claim: Claim, item: Item, n: number, why: string): number {
  checkOneAge(claim, item);
  if (item.purchased !== undefined) {
    const { full, exact } = ageFromDates(claim, item, item.purchased);
    if (exact) return full > n ? full - n : 0;
    return full >= n ? full + 1 - n : 0;
  }
  const a = item.age_years;
  if (a === undefined) throw missingFact(claim, item, 'age_years or purchased', why);
  const N = YEARS[n] ?? new Decimal(n);
  if (a.lessThanOrEqualTo(N)) return 0;
  return a.minus(N).ceil().toNumber();
}

/** The deduction percent of a rule for an item: steps × rate, at most the rule's maximum. */
export function agePercent(claim: Claim, item: Item, rule: AgeRule, why: string): { steps: number; percent: number } {
  const steps = stepsBeyond(claim, item, rule.from, why);
  const p = steps * rule.perYear;
  return { steps, percent: p > rule.max ? rule.max : p };
}

/**
 * The exact age as a number of years (for «alder ≤ 30 % av brukstid» and the remaining lifetime
 * A = B − age): `age_years`, or from `purchased` the full years plus the elapsed part of the
 * current year, counted in days between the two anniversaries around the loss date (so a leap
 * year has 366 days).
 */
export function exactAge(claim: Claim, item: Item, why: string): Decimal {
  checkOneAge(claim, item);
  if (item.purchased !== undefined) {
    if (item.purchased > claim.date) throw badFact(claim, item, 'purchased', `${item.purchased} is after the loss date ${claim.date}`);
    const { full, exact } = calendarAge(item.purchased, claim.date);
    if (exact) return new Decimal(full);
    const last = anniversary(item.purchased, full);
    const next = anniversary(item.purchased, full + 1);
    const elapsed = dayNumber(claim.date) - dayNumber(last);
    const length = dayNumber(next) - dayNumber(last);
    return new Decimal(full).plus(new Decimal(elapsed).dividedBy(length));
  }
  if (item.age_years === undefined) throw missingFact(claim, item, 'age_years or purchased', why);
  return item.age_years;
}

function dayNumber(d: IsoDate): number {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
}

/** How the statement shows an item's age: «3,5 år» or «kjøpt 15.03.2021». */
export function ageText(item: Item): string {
  if (item.purchased !== undefined) return `kjøpt ${formatDateNo(item.purchased)}`;
  if (item.age_years !== undefined) return `${item.age_years.toString().replace('.', ',')} år`;
  return 'alder ukjent';
}
