/** Helpers for the engine's tests (not part of the engine). */
import type { Policy } from '../model/policy.js';
import { builtInTables } from '../params/tables.js';
import { settleClaim } from './engine.js';
import { validateClaim } from './schema.js';
import type { Settlement, SettleContext } from './types.js';
import { settlementToData } from './data.js';

export function ctx(extra: Partial<SettleContext> = {}): SettleContext {
  return { tables: builtInTables(), ...extra };
}

/** Validate and settle a raw claim. */
export function settle(raw: unknown, extra: Partial<SettleContext> = {}): Settlement {
  return settleClaim(validateClaim(raw), ctx(extra));
}

/** The machine form: payout and steps as strings, for compact assertions. */
export function data(raw: unknown, extra: Partial<SettleContext> = {}) {
  return settlementToData(settle(raw, extra));
}

/** The error message a claim gives, or '' when it settles. */
export function errorOf(raw: unknown, extra: Partial<SettleContext> = {}): string {
  try {
    settle(raw, extra);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** [amount, rule] pairs of the steps, for readable expectations. */
export function lines(s: Settlement): [string, string][] {
  return s.steps.map((st) => [st.amount.toFixed(2), st.rule]);
}

export function policy(coverages: unknown[], extra: Record<string, unknown> = {}): Policy {
  return { schema: 'skadekalk/policy@1', source: { file: 'p.yaml', sha256: '', kind: 'yaml', pages: 0 }, warnings: [], coverages, ...extra } as Policy;
}
