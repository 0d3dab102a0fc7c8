/**
 * Old → expected deductible of a schedule row, from the letter's deductible changes (docs/renewal.md:
 * «a change applies to a schedule row of the same product whose current deductible equals the
 * change's old value»). Products and coverages are matched by src/renewal/names.ts.
 *
 * A change that fits the row (`sure` or `maybe`) is a candidate when its figures apply to the
 * row's current deductible d:
 * - old → new (a table row, «Fra kr A til kr B»): d is one of the old values; the new value at the
 *   same position (or the only new value) is the result;
 * - minimum («Har du hatt lavere egenandel enn kr 10 000, vil denne økes til kr 10 000»): d is
 *   below the minimum; the minimum is the result;
 * - increase («Valgt egenandel økes med kr 10 000»): d + the increase.
 * A change with only a new value («Forhøyet egenandel på 15 000 kr ved …»), a percentage of the
 * compensation or words only says nothing about the row's stated deductible: never a candidate,
 * and listed as such.
 *
 * The row's expected deductible is then (the rule: same product, current deductible equal to
 * the change's old value — the row's coverage only narrows it):
 * - no candidate → unchanged;
 * - candidates that all give the same result → that result, whether the row states the change's
 *   coverage (`sure`) or does not state a coverage at all (`maybe`; the report names the
 *   coverage the change is for, so a broker sees what was assumed);
 * - candidates that disagree → ambiguous («uavklart»): the letter's changes apply to the row in
 *   two ways (two changes of the product fit the same deductible with different results, e.g.
 *   one for «Eiendeler | Pluss …» and one for «Eiendeler - Varer»). Not guessed, and neither is
 *   skipped: the options (each candidate's result) are reported, and a stated deductible outside
 *   them is a discrepancy.
 */
import { Decimal } from '../core/money.js';
import type { DeductibleChange } from '../model/policy.js';
import { fitChange, type Fit } from './names.js';

export type ChangeRule = 'old_new' | 'minimum' | 'increase';

export interface Candidate {
  /** Index of the change in the letter's deductible_changes. */
  change: number;
  rule: ChangeRule;
  fit: Exclude<Fit, 'no'>;
  result: Decimal;
  /** For `maybe`: the coverage the change is for, which the row does not state. */
  coverage?: string;
  /** On what the match was made: product, coverage and deductible (Norwegian, for the report). */
  basis: string;
}

export type DeductibleStatus = 'not_stated' | 'unchanged' | 'changed' | 'ambiguous';

export interface DeductibleOutcome {
  status: DeductibleStatus;
  old: Decimal | null;
  /** The expected deductible; null when not stated or ambiguous. */
  expected: Decimal | null;
  /** Ambiguous: every deductible the letter allows for the row, ascending. */
  options: Decimal[];
  candidates: Candidate[];
}

/** The figure rule a change states, if it states one that can apply to a stated deductible. */
export function changeRule(c: DeductibleChange): ChangeRule | undefined {
  if (c.old !== undefined && c.new !== undefined) return 'old_new';
  if (c.minimum !== undefined) return 'minimum';
  if (c.increase !== undefined) return 'increase';
  return undefined;
}

/** The result of one change on a deductible d, or undefined when it does not apply to d. */
export function applyChange(c: DeductibleChange, d: Decimal): Decimal | undefined {
  switch (changeRule(c)) {
    case 'old_new': {
      const olds = c.old!;
      const news = c.new!;
      const i = olds.findIndex((o) => new Decimal(o).equals(d));
      if (i < 0) return undefined;
      if (news.length === olds.length) return new Decimal(news[i]!);
      if (news.length === 1) return new Decimal(news[0]!);
      return undefined; // several old and new values that do not pair up: see unpairable()
    }
    case 'minimum':
      return d.lessThan(c.minimum!) ? new Decimal(c.minimum!) : undefined;
    case 'increase':
      return d.plus(c.increase!);
    default:
      return undefined;
  }
}

const krText = (x: Decimal | string): string => `kr ${new Decimal(x).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;

/** How a change's figures apply to the row's deductible, for the report. */
function ruleBasis(rule: ChangeRule, c: DeductibleChange, d: Decimal): string {
  if (rule === 'old_new') return `radens egenandel ${krText(d)} er brevets tidligere egenandel`;
  if (rule === 'minimum') return `radens egenandel ${krText(d)} er under brevets minste egenandel ${krText(c.minimum!)}`;
  return `brevet øker egenandelen med ${krText(c.increase!)}`;
}

/** Old and new values that cannot be paired by position (3 old, 2 new). */
export function unpairable(c: DeductibleChange): boolean {
  return c.old !== undefined && c.new !== undefined && c.new.length !== 1 && c.new.length !== c.old.length;
}

export function projectDeductible(
  row: { product: string; coverage?: string | undefined; deductible?: string | undefined },
  changes: readonly DeductibleChange[],
): DeductibleOutcome {
  if (row.deductible === undefined) return { status: 'not_stated', old: null, expected: null, options: [], candidates: [] };
  const d = new Decimal(row.deductible);
  const candidates: Candidate[] = [];
  changes.forEach((c, i) => {
    const f = fitChange(c, row);
    if (!f || f.fit === 'no') return;
    const rule = changeRule(c);
    if (!rule) return;
    const result = applyChange(c, d);
    if (result === undefined) return;
    const cand: Candidate = { change: i, rule, fit: f.fit, result, basis: `${f.basis}; ${ruleBasis(rule, c, d)}` };
    if (f.fit === 'maybe') cand.coverage = c.coverage ?? f.changeCoverage.join(' ');
    candidates.push(cand);
  });
  if (candidates.length === 0) return { status: 'unchanged', old: d, expected: d, options: [], candidates };
  const agree = (cs: Candidate[]): boolean => cs.length > 0 && cs.every((c) => c.result.equals(cs[0]!.result));
  if (agree(candidates)) return { status: 'changed', old: d, expected: candidates[0]!.result, options: [], candidates };
  const options: Decimal[] = [];
  const add = (x: Decimal): void => {
    if (!options.some((o) => o.equals(x))) options.push(x);
  };
  for (const c of candidates) add(c.result);
  options.sort((a, b) => a.comparedTo(b));
  return { status: 'ambiguous', old: d, expected: null, options, candidates };
}
