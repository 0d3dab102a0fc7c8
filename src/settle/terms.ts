/**
 * Deductible and sum insured of a claim: from the claim when it states them, otherwise from the
 * policy coverage the claim names (`--policy FILE`).
 *
 * How a claim names its policy coverage:
 * 1. `policy_coverage: "Næringsbygg"` — the coverage whose `product` is exactly that (any case);
 *    without it, the claim's `product` picks the coverage by the first of its policy product
 *    names that some coverage's `product` starts with (any case):
 *      eiendeler → Eiendeler · bygning → Næringsbygg, Bygning, Borettslag og sameie ·
 *      motorvogn → Motorvogn, Bil, Personbil, Varebil, Lastebil, Motorsykkel ·
 *      fritidsbat → Fritidsbåt, Båt · arbeidsmaskin → Arbeidsmaskin · driftstap → Driftstap ·
 *      ansvar → Bedriftsansvar (coverage bedriftsansvar) / Produktansvar (produktansvar), then Ansvar ·
 *      yrkesskade → Lovbestemt yrkesskade, Yrkesskade · behandling → Behandlingsforsikring, Behandling;
 * 2. `policy_object: "Storgata 1"` — among those, the one with that `object` (any case);
 * 3. more than one left, or none, is an input error that lists the candidates;
 * 4. inside the coverage, a schedule row (`items`) whose name starts with the claim's `coverage`
 *    (motorvogn «kasko» → «Kasko») supplies its deductible/sum before the coverage's own.
 *
 * A sum `{first_risk: "…"}` is a first-risk sum (bygning: it caps); a sum in G, a G range or
 * «individual» is not a kroner sum and supplies nothing.
 */
import { InputError } from '../core/errors.js';
import { Decimal, formatKr } from '../core/money.js';
import { parseNumberValue } from '../core/norsk.js';
import type { Coverage, Policy, SumValue } from '../model/policy.js';
import { missingFact } from './errors.js';
import type { Claim, Product, SettleContext, TermSource } from './types.js';

const POLICY_NAMES: Record<Product, string[]> = {
  eiendeler: ['eiendeler'],
  bygning: ['næringsbygg', 'bygning', 'borettslag og sameie'],
  motorvogn: ['motorvogn', 'bil', 'personbil', 'varebil', 'lastebil', 'motorsykkel'],
  fritidsbat: ['fritidsbåt', 'båt'],
  arbeidsmaskin: ['arbeidsmaskin'],
  driftstap: ['driftstap'],
  ansvar: ['ansvar'],
  yrkesskade: ['lovbestemt yrkesskade', 'yrkesskade'],
  behandling: ['behandlingsforsikring', 'behandling'],
};

function policyNames(claim: Claim): string[] {
  if (claim.product === 'ansvar' && claim.coverage !== undefined) return [claim.coverage, 'ansvar'];
  return POLICY_NAMES[claim.product];
}

export interface Terms {
  deductible?: Decimal;
  deductibleFrom?: TermSource;
  sum?: Decimal;
  sumFrom?: TermSource;
  /** The sum insured is a first-risk sum (from the policy's `{first_risk}` or the claim's `first_risk`). */
  firstRisk: boolean;
  notes: string[];
}

interface Found {
  coverage?: Coverage;
  label?: string;
  deductible?: Decimal;
  sum?: Decimal;
  firstRisk?: boolean;
  /** Why no coverage was found (the claim's error message is built from it). */
  problem?: string;
  /** The statement's note on what was taken from the policy, by what was taken («DS», «D», «S»). */
  notes?: Record<string, string>;
}

/** Per policy, the coverage found for each way of naming it (batch: looked up once). */
const cache = new WeakMap<Policy, Map<string, Found>>();

function lower(s: unknown): string {
  return s === undefined || s === null ? '' : String(s).trim().toLowerCase();
}

function coverageLabel(c: Coverage): string {
  return c.object !== undefined ? `${c.product} (${c.object})` : c.product;
}

function policyMoney(v: unknown, field: string, file: string | undefined): Decimal {
  try {
    return parseNumberValue(v);
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, { file, field }) : e;
  }
}

function readSum(v: SumValue | undefined, field: string, file: string | undefined): { sum?: Decimal; firstRisk?: boolean } {
  if (v === undefined || v === null) return {};
  if (typeof v === 'string' || typeof v === 'number') return { sum: policyMoney(v, field, file) };
  if (typeof v === 'object' && 'first_risk' in v) return { sum: policyMoney(v.first_risk, `${field}.first_risk`, file), firstRisk: true };
  return {};
}

function find(claim: Claim, ctx: SettleContext, policy: Policy): Found {
  const names = claim.policy_coverage !== undefined ? null : policyNames(claim);
  const key = `${claim.product}\u0000${lower(claim.policy_coverage)}\u0000${lower(claim.policy_object)}\u0000${lower(claim.coverage)}`;
  let byKey = cache.get(policy);
  if (!byKey) cache.set(policy, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;

  const file = ctx.policyFile;
  const all = (policy.coverages ?? []).map((c, i) => ({ c, i }));
  let candidates: { c: Coverage; i: number }[] = [];
  let looked: string;
  if (names === null) {
    const want = lower(claim.policy_coverage);
    candidates = all.filter(({ c }) => lower(c.product) === want);
    looked = `coverage "${claim.policy_coverage}" (policy_coverage)`;
  } else {
    for (const n of names) {
      const ln = lower(n);
      candidates = all.filter(({ c }) => lower(c.product).startsWith(ln));
      if (candidates.length > 0) break;
    }
    looked = `coverage whose product starts with ${names.map((n) => `"${n}"`).join(' or ')}`;
  }
  if (claim.policy_object !== undefined) {
    const want = lower(claim.policy_object);
    candidates = candidates.filter(({ c }) => lower(c.object) === want);
    looked += ` with object "${claim.policy_object}"`;
  }
  let found: Found;
  if (candidates.length === 0) {
    const have = all.map(({ c }) => coverageLabel(c)).join(', ') || 'none';
    found = { problem: `the policy has no ${looked} (its coverages: ${have}); name one with policy_coverage/policy_object, or state deductible and sum_insured in the claim` };
  } else if (candidates.length > 1) {
    found = { problem: `the policy has ${candidates.length} coverages that fit (${candidates.map(({ c }) => coverageLabel(c)).join('; ')}); choose one with policy_object or policy_coverage` };
  } else {
    const { c, i } = candidates[0]!;
    const at = `coverages[${i}]`;
    let deductible = c.deductible !== undefined ? policyMoney(c.deductible, `${at}.deductible`, file) : undefined;
    let { sum, firstRisk } = readSum(c.sum, `${at}.sum`, file);
    let label = coverageLabel(c);
    if (claim.coverage !== undefined && c.items) {
      const want = lower(claim.coverage);
      const j = c.items.findIndex((it) => lower(it.name).startsWith(want));
      if (j >= 0) {
        const row = c.items[j]!;
        label += `, ${row.name}`;
        if (row.deductible !== undefined) deductible = policyMoney(row.deductible, `${at}.items[${j}].deductible`, file);
        const rs = readSum(row.sum, `${at}.items[${j}].sum`, file);
        if (rs.sum !== undefined) ({ sum, firstRisk } = rs);
      }
    }
    found = { coverage: c, label, deductible, sum, firstRisk };
  }
  byKey.set(key, found);
  return found;
}

export interface TermNeeds {
  deductible: boolean;
  sum: boolean;
  /** Take the sum from the policy when there is one, without needing it (bygning: first risk or not). */
  sumIfKnown?: boolean;
  /** Take the deductible from the policy when there is one, without needing it (driftstap). */
  deductibleIfKnown?: boolean;
  /** Why the product needs them, for the missing-fact message. */
  why?: string;
}

/** The deductible and sum insured of a claim; throws naming the field when a needed one is missing. */
export function resolveTerms(claim: Claim, ctx: SettleContext, needs: TermNeeds): Terms {
  const t: Terms = { firstRisk: claim.first_risk === true, notes: [] };
  if (claim.deductible !== undefined) {
    t.deductible = claim.deductible;
    t.deductibleFrom = 'claim';
  }
  if (claim.sum_insured !== undefined) {
    t.sum = claim.sum_insured;
    t.sumFrom = 'claim';
  }
  const wantD = t.deductible === undefined && (needs.deductible || needs.deductibleIfKnown === true);
  const wantS = t.sum === undefined && (needs.sum || needs.sumIfKnown === true);
  if ((wantD || wantS) && ctx.policy) {
    const f = find(claim, ctx, ctx.policy);
    if (f.problem !== undefined && ((wantD && needs.deductible) || (wantS && needs.sum))) {
      throw missingFact(claim, undefined, wantD && needs.deductible ? 'deductible' : 'sum_insured', `${f.problem} (policy ${ctx.policyFile ?? ''})`.replace(' (policy )', ''));
    }
    if (f.problem === undefined && wantD && f.deductible !== undefined) {
      t.deductible = f.deductible;
      t.deductibleFrom = 'policy';
    }
    if (f.problem === undefined && wantS && f.sum !== undefined) {
      t.sum = f.sum;
      t.sumFrom = 'policy';
      if (f.firstRisk && claim.first_risk === undefined) t.firstRisk = true;
    }
    const k = `${t.deductibleFrom === 'policy' ? 'D' : ''}${t.sumFrom === 'policy' ? 'S' : ''}`;
    if (k !== '') {
      f.notes ??= {};
      let note = f.notes[k];
      if (note === undefined) {
        const used: string[] = [];
        if (t.deductibleFrom === 'policy') used.push(`egenandel ${formatKr(f.deductible!)}`);
        if (t.sumFrom === 'policy') used.push(`${f.firstRisk ? 'førsterisikosum' : 'forsikringssum'} ${formatKr(f.sum!)}`);
        note = f.notes[k] = `Fra polisen${ctx.policyFile ? ` ${ctx.policyFile}` : ''}, dekning ${f.label}: ${used.join(' og ')}.`;
      }
      t.notes.push(note);
    }
  }
  if (needs.deductible && t.deductible === undefined) throw missingFact(claim, undefined, 'deductible', whyTerms(claim, needs));
  if (t.firstRisk && t.sum === undefined) throw missingFact(claim, undefined, 'sum_insured', 'a first-risk sum caps the compensation (Erstatningsregler Bygning 6.1); state it in the claim or give --policy FILE');
  if (needs.sum && t.sum === undefined) throw missingFact(claim, undefined, 'sum_insured', whyTerms(claim, needs));
  return t;
}

function whyTerms(claim: Claim, needs: TermNeeds): string {
  return needs.why ?? `state it in the claim or give --policy FILE with a coverage for ${claim.product}`;
}
