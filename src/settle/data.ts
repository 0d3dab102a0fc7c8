/**
 * The machine form of a settlement, keys in a fixed order: `{id, product, terms?: {name, version?}, payout, recourse?,
 * payable: [{when, amount, by?, clause}], previous?: {payout, payable}, difference?, due_now?,
 * overpaid?, steps: [{rule, clause, amount}], notes}`, money as decimal
 * strings with two decimals. The same settlement always gives the same object, so JSON/YAML of
 * it is byte-identical from run to run.
 */
import type { Decimal } from '../core/money.js';
import type { TermsUsed } from './conditions.js';
import type { Payable, Settlement } from './types.js';

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

export interface PayableData {
  when: string;
  amount: string;
  by?: string;
  clause: string;
}

export interface SettlementData {
  id: string | null;
  product: string;
  /** The terms the rules applied (name and version). */
  terms?: { name: string; version?: string };
  payout: string;
  recourse?: string;
  payable: PayableData[];
  previous?: { payout: string; payable: PayableData[] };
  difference?: string;
  due_now?: string;
  overpaid?: string;
  steps: { rule: string; clause: string; amount: string }[];
  notes: string[];
}

function payableData(ps: Payable[]): PayableData[] {
  return ps.map((p) => (p.by !== undefined ? { when: p.when, amount: moneyString(p.amount), by: p.by, clause: p.clause } : { when: p.when, amount: moneyString(p.amount), clause: p.clause }));
}

/** `difference` is signed: «-1500.00» when the compensation went down. */
function signed(x: Decimal): string {
  return x.isNegative() ? `-${moneyString(x.negated())}` : moneyString(x);
}

export function settlementToData(s: Settlement): SettlementData {
  const steps = new Array<{ rule: string; clause: string; amount: string }>(s.steps.length);
  for (let i = 0; i < s.steps.length; i++) {
    const st = s.steps[i]!;
    steps[i] = { rule: st.rule, clause: st.clause, amount: moneyString(st.amount) };
  }
  const d: SettlementData = { id: s.id ?? null, product: s.product, payout: moneyString(s.payout), payable: payableData(s.payable), steps, notes: s.notes.slice() };
  const out: SettlementData = { id: d.id, product: d.product } as SettlementData;
  if (s.terms !== undefined) out.terms = s.terms.version !== undefined ? { name: s.terms.name, version: s.terms.version } : { name: s.terms.name };
  out.payout = d.payout;
  if (s.recourse !== undefined) out.recourse = moneyString(s.recourse);
  out.payable = d.payable;
  if (s.previous !== undefined) {
    out.previous = { payout: moneyString(s.previous.payout), payable: payableData(s.previous.payable) };
    out.difference = signed(s.difference!);
    if (s.dueNow !== undefined) out.due_now = moneyString(s.dueNow);
    if (s.overpaid !== undefined) out.overpaid = moneyString(s.overpaid);
  }
  out.steps = steps;
  out.notes = d.notes;
  return out;
}

/** `,"terms":{…}` of each terms (one object per run), encoded once. */
const termsJson = new WeakMap<TermsUsed, string>();

function quotedTerms(t: TermsUsed): string {
  let j = termsJson.get(t);
  if (j === undefined) termsJson.set(t, (j = `,"terms":${JSON.stringify(t.version !== undefined ? { name: t.name, version: t.version } : { name: t.name })}`));
  return j;
}

/** JSON string literals of the clauses (a bounded set per terms), encoded once. */
const clauseJson = new Map<string, string>();

function quotedClause(clause: string): string {
  let c = clauseJson.get(clause);
  if (c === undefined) clauseJson.set(clause, (c = JSON.stringify(clause)));
  return c;
}

function payableJson(ps: Payable[]): string {
  let out = '[';
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    out += `${i > 0 ? ',' : ''}{"when":"${p.when}","amount":"${moneyString(p.amount)}"${p.by !== undefined ? `,"by":"${p.by}"` : ''},"clause":${quotedClause(p.clause)}}`;
  }
  return `${out}]`;
}

/**
 * The machine form as one line of JSON — exactly `JSON.stringify(settlementToData(s))`, built
 * without the intermediate objects (for NDJSON output of large batches).
 */
export function settlementToJson(s: Settlement): string {
  const payout = moneyString(s.payout);
  let out = `{"id":${s.id === undefined ? 'null' : JSON.stringify(s.id)},"product":"${s.product}"${s.terms !== undefined ? quotedTerms(s.terms) : ''},"payout":"${payout}"`;
  if (s.recourse !== undefined) out += `,"recourse":"${moneyString(s.recourse)}"`;
  // the common case, all paid now: its amount is the payout already written
  const p0 = s.payable[0];
  if (s.payable.length === 1 && p0!.when === 'now' && p0!.by === undefined) out += `,"payable":[{"when":"now","amount":"${payout}","clause":${quotedClause(p0!.clause)}}]`;
  else out += `,"payable":${payableJson(s.payable)}`;
  if (s.previous !== undefined) {
    out += `,"previous":{"payout":"${moneyString(s.previous.payout)}","payable":${payableJson(s.previous.payable)}},"difference":"${signed(s.difference!)}"`;
    if (s.dueNow !== undefined) out += `,"due_now":"${moneyString(s.dueNow)}"`;
    if (s.overpaid !== undefined) out += `,"overpaid":"${moneyString(s.overpaid)}"`;
  }
  out += ',"steps":[';
  const steps = s.steps;
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i]!;
    out += `${i > 0 ? ',' : ''}{"rule":${JSON.stringify(st.rule)},"clause":${quotedClause(st.clause)},"amount":"${moneyString(st.amount)}"}`;
  }
  return `${out}],"notes":${s.notes.length === 0 ? '[]' : JSON.stringify(s.notes)}}`;
}

/** The columns a run with earlier results (`--previous`) adds to CSV results, after the payable ones. */
export const PREVIOUS_CSV_COLUMNS = ['previous_payout', 'difference', 'due_now', 'overpaid'] as const;

/** The cells of PREVIOUS_CSV_COLUMNS: empty for a claim without an earlier result. */
export function previousCsv(s: Settlement): string[] {
  if (s.previous === undefined) return ['', '', '', ''];
  return [moneyString(s.previous.payout), signed(s.difference!), s.dueNow === undefined ? '' : moneyString(s.dueNow), s.overpaid === undefined ? '' : moneyString(s.overpaid)];
}

/** The columns of `payable` in CSV results: one per `when`, after the others. */
export const PAYABLE_CSV_COLUMNS = ['payable_now', 'payable_on_repair', 'payable_on_replacement', 'payable_on_rebuild'] as const;

/** The cells of PAYABLE_CSV_COLUMNS: the amount due per `when` (summed), empty where there is none. */
export function payableCsv(s: Settlement): string[] {
  const ps = s.payable;
  if (ps.length === 1 && ps[0]!.when === 'now') return [moneyString(ps[0]!.amount), '', '', ''];
  const sums: Record<string, Decimal | undefined> = {};
  for (const p of ps) sums[p.when] = sums[p.when] === undefined ? p.amount : sums[p.when]!.plus(p.amount);
  const cell = (w: string) => (sums[w] === undefined ? '' : moneyString(sums[w]!));
  return [cell('now'), cell('on_repair'), cell('on_replacement'), cell('on_rebuild')];
}
