/**
 * The machine form of a settlement (DESIGN §3), keys in a fixed order:
 * `{id, product, payout, recourse?, steps: [{rule, clause, amount}], notes}`, money as decimal
 * strings with two decimals. The same settlement always gives the same object, so JSON/YAML of
 * it is byte-identical from run to run.
 */
import type { Decimal } from '../core/money.js';
import type { Settlement } from './types.js';

/** An øre-rounded amount as `"48000.00"` (never `"-0.00"`). */
export function moneyString(x: Decimal): string {
  if (x.isZero()) return '0.00';
  // an amount with at most two decimals: its plain digits, padded (toFixed(2) rounds again, slowly)
  if (x.decimalPlaces() <= 2) {
    const s = x.toString();
    if (s.indexOf('e') < 0) {
      const dot = s.indexOf('.');
      if (dot < 0) return `${s}.00`;
      return s.length - dot === 2 ? `${s}0` : s;
    }
  }
  return x.toFixed(2);
}

export interface SettlementData {
  id: string | null;
  product: string;
  payout: string;
  recourse?: string;
  steps: { rule: string; clause: string; amount: string }[];
  notes: string[];
}

export function settlementToData(s: Settlement): SettlementData {
  const steps = new Array<{ rule: string; clause: string; amount: string }>(s.steps.length);
  for (let i = 0; i < s.steps.length; i++) {
    const st = s.steps[i]!;
    steps[i] = { rule: st.rule, clause: st.clause, amount: moneyString(st.amount) };
  }
  const id = s.id ?? null;
  const payout = moneyString(s.payout);
  const notes = s.notes.slice();
  if (s.recourse !== undefined) return { id, product: s.product, payout, recourse: moneyString(s.recourse), steps, notes };
  return { id, product: s.product, payout, steps, notes };
}

/** JSON string literals of the clauses (a handful of constants), encoded once. */
const clauseJson = new Map<string, string>();

/**
 * The machine form as one line of JSON — exactly `JSON.stringify(settlementToData(s))`, built
 * without the intermediate objects (for NDJSON output of large batches).
 */
export function settlementToJson(s: Settlement): string {
  let out = `{"id":${s.id === undefined ? 'null' : JSON.stringify(s.id)},"product":"${s.product}","payout":"${moneyString(s.payout)}"`;
  if (s.recourse !== undefined) out += `,"recourse":"${moneyString(s.recourse)}"`;
  out += ',"steps":[';
  const steps = s.steps;
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i]!;
    let c = clauseJson.get(st.clause);
    if (c === undefined) clauseJson.set(st.clause, (c = JSON.stringify(st.clause)));
    out += `${i > 0 ? ',' : ''}{"rule":${JSON.stringify(st.rule)},"clause":${c},"amount":"${moneyString(st.amount)}"}`;
  }
  return `${out}],"notes":${s.notes.length === 0 ? '[]' : JSON.stringify(s.notes)}}`;
}
