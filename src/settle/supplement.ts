/**
 * Supplements (settle CLAIM --previous RESULT): a claim is settled again as invoices come in. The
 * earlier result of the same claim is an input; the new result says what it paid (its part paid
 * now, or its payout when it has no schedule), the difference in compensation, and what is due
 * now — never a negative payout: when less is due now than was paid, the excess is an overpayment.
 */
import { InputError } from '../core/errors.js';
import { ZERO, type Decimal } from '../core/money.js';
import { describe, parseDateValue, parseNumberValue } from '../core/norsk.js';
import type { Payable, Previous, Settlement, When } from './types.js';

export function supplement(s: Settlement, previous: Previous): void {
  s.previous = previous;
  s.difference = s.payout.minus(previous.payout);
  let now = ZERO;
  for (const p of s.payable) if (p.when === 'now') now = now.plus(p.amount);
  const due = now.minus(previous.paid);
  if (due.isNegative()) {
    s.dueNow = ZERO;
    s.overpaid = due.negated();
  } else {
    s.dueNow = due;
  }
}

const WHENS: ReadonlySet<string> = new Set<When>(['now', 'on_repair', 'on_replacement', 'on_rebuild']);

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** One earlier result (the machine form of a settlement) → its id and what it paid. */
function previousOf(v: unknown, name: string, at: string): [string, Previous] {
  const fail = (field: string | undefined, detail: string) => new InputError(detail, { file: name, field: field === undefined ? at : `${at}.${field}` });
  if (!isMapping(v)) throw fail(undefined, `expected an earlier settle result (id, payout, payable …), got ${describe(v)}`);
  const id = v.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw fail('id', `missing; an earlier result is matched to its claim by id, got ${describe(id)}`);
  if (v.error !== undefined) throw fail('error', `the earlier result of claim ${id} is an error record; it paid nothing to build on`);
  const money = (x: unknown, field: string): Decimal => {
    try {
      return parseNumberValue(x, { money: true });
    } catch (e) {
      throw e instanceof InputError ? fail(field, e.detail) : e;
    }
  };
  const payout = money(v.payout, 'payout');
  const payable: Payable[] = [];
  let paid = payout;
  if (v.payable !== undefined) {
    if (!Array.isArray(v.payable)) throw fail('payable', `expected a list, got ${describe(v.payable)}`);
    paid = ZERO;
    v.payable.forEach((p: unknown, i: number) => {
      const f = `payable[${i}]`;
      if (!isMapping(p) || typeof p.when !== 'string' || !WHENS.has(p.when)) throw fail(f, `expected {when: now|on_repair|on_replacement|on_rebuild, amount, by?, clause}, got ${describe(p)}`);
      const amount = money(p.amount, `${f}.amount`);
      const part: Payable = { when: p.when as When, amount, clause: typeof p.clause === 'string' ? p.clause : '' };
      if (p.by !== undefined && p.by !== null) {
        try {
          part.by = parseDateValue(p.by);
        } catch (e) {
          throw e instanceof InputError ? fail(`${f}.by`, e.detail) : e;
        }
      }
      payable.push(part);
      if (part.when === 'now') paid = paid.plus(amount);
    });
  }
  return [String(id), { payout, payable, paid }];
}

/**
 * Earlier results by claim id, from what `settle` wrote: one JSON/YAML result, a JSON list of
 * them (`--batch --format json`), or NDJSON. `parse` reads a YAML/JSON document (the CLI passes
 * its reader, which keeps numbers as written). A claim id twice is an error: which one counts?
 */
export function previousResults(text: string, name: string, parse: (text: string, name: string) => unknown): Map<string, Previous> {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  let values: unknown[];
  if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) {
    values = lines.map((l, i) => {
      try {
        return parse(l, name);
      } catch (e) {
        throw e instanceof InputError ? e.within({ line: i + 1 }) : e;
      }
    });
  } else {
    const doc = parse(text, name);
    values = Array.isArray(doc) ? doc : [doc];
  }
  const out = new Map<string, Previous>();
  values.forEach((v, i) => {
    const [id, p] = previousOf(v, name, values.length === 1 ? 'result' : `results[${i}]`);
    if (out.has(id)) throw new InputError(`holds two earlier results of claim ${id}; give the one to build on`, { file: name });
    out.set(id, p);
  });
  return out;
}
