/**
 * G amounts (docs/g.md): the grunnbeløp in force on a date × a multiple, rounded to øre.
 * The G of 1 May of a year holds until 30 April of the next (params/g.yaml).
 */
import { Decimal, ore, toMoneyString, toRateString } from '../core/money.js';
import type { IsoDate } from '../core/norsk.js';
import { lookup, type Tables } from '../params/tables.js';

export interface GResult {
  date: IsoDate;
  g: Decimal;
  gFrom: IsoDate;
  source: string;
  multiple: Decimal;
  amount: Decimal;
}

export function gAmount(tables: Tables, multiple: Decimal, date: IsoDate): GResult {
  const found = lookup(tables.g, date, 'G (grunnbeløpet)');
  return { date, g: found.value, gFrom: found.from, source: found.source, multiple, amount: ore(found.value.times(multiple)) };
}

export function gToData(r: GResult): Record<string, unknown> {
  return {
    date: r.date,
    g: toMoneyString(r.g),
    multiple: toRateString(r.multiple),
    amount: toMoneyString(r.amount),
    g_from: r.gFrom,
    source: r.source,
  };
}
