/**
 * Naturskadepremie (docs/naturskade.md): premium = fire sum × rate ‰ (Norsk Naturskadepool), per object,
 * each rounded to øre; the total is the sum of the rounded object premiums.
 */
import { Decimal, ZERO, permilleOf, toMoneyString, toRateString } from '../core/money.js';

export interface FireSumObject {
  name: string;
  fireSum: Decimal;
}

export interface NaturskadeRate {
  permille: Decimal;
  /** The premium year the rate belongs to, when known. */
  year: number | null;
  /** Where the rate came from: the option, the parameter table entry, or the letter. */
  source: string;
}

export interface NaturskadeResult {
  year: number | null;
  ratePermille: Decimal;
  rateSource: string;
  objects: Array<{ name: string; fireSum: Decimal; premium: Decimal }>;
  total: Decimal;
}

export function naturskadePremium(objects: FireSumObject[], rate: NaturskadeRate): NaturskadeResult {
  const rows = objects.map((o) => ({ name: o.name, fireSum: o.fireSum, premium: permilleOf(o.fireSum, rate.permille) }));
  const total = rows.reduce((acc, r) => acc.plus(r.premium), ZERO);
  return { year: rate.year, ratePermille: rate.permille, rateSource: rate.source, objects: rows, total };
}

/** The machine form of docs/naturskade.md: `{year, rate_permille, objects: [{name, fire_sum, premium}], total}`. */
export function naturskadeToData(r: NaturskadeResult): Record<string, unknown> {
  return {
    year: r.year,
    rate_permille: toRateString(r.ratePermille),
    rate_source: r.rateSource,
    objects: r.objects.map((o) => ({ name: o.name, fire_sum: toMoneyString(o.fireSum), premium: toMoneyString(o.premium) })),
    total: toMoneyString(r.total),
  };
}
