/**
 * The policy model (docs/policy-model.md): the output of `parse` and the input of the calculators.
 * In memory it has the same shape as its YAML/JSON form: amounts, rates and G multiples are
 * machine decimal strings ("52000000", "5.2", "4.5"), dates ISO strings. Calculators turn them
 * into Decimal when they use them. The JSON Schema in schema/policy.schema.json describes it.
 */
import type { IndexClass } from '../params/tables.js';

export const POLICY_SCHEMA_ID = 'skadekalk/policy@1';

/** Where a value was read: page (1-based) and line (1-based, within the whole document). */
export interface TracePoint {
  page: number;
  line: number;
  /** The text of the line as read, for people checking the extraction. */
  text?: string;
}

export interface IndexRate {
  object: IndexClass;
  label: string;
  percent: string;
}

export interface DeductibleChange {
  product: string;
  coverage?: string;
  /** Old deductibles; several when one cell lists several («Kr 6 000 Kr 10 000»). */
  old?: string[];
  new?: string[];
  /** «Har du hatt lavere egenandel enn kr 10 000, vil denne økes til kr 10 000» */
  minimum?: string;
  /** «Valgt egenandel økes med kr 10 000» */
  increase?: string;
  /** «Egenandelen er 15% av erstatningen»: a deductible as a percentage of the compensation. */
  percent?: string;
  /** A change stated only in words (e.g. «Det innføres spesiell egenandel …»). */
  text?: string;
}

/** A sum: kroner, G (one multiple or a range), first-risk, or individually assessed. */
export type SumValue = string | { g: string } | { g_min: string; g_max: string } | { first_risk: string } | { individual: true };

export interface CoverageItem {
  name: string;
  sum?: SumValue;
  deductible?: string;
  premium?: string;
  note?: string;
}

/** The index class of a schedule row, or none (driftstap, ansvar, persons …). */
export type RowIndexClass = IndexClass | 'none';

export interface Coverage {
  product: string;
  /** The coverage of the row where the schedule states one («Dekning»: «Pluss Brann og vann», «Kasko»). */
  coverage?: string;
  object?: string;
  index_class?: RowIndexClass;
  sum?: SumValue;
  deductible?: string;
  premium?: string;
  /** What the schedule says besides figures (e.g. «Fullverdi»). */
  note?: string;
  items?: CoverageItem[];
}

export interface Policy {
  schema: typeof POLICY_SCHEMA_ID;
  source: { file: string; sha256: string; kind: 'pdf' | 'text' | 'yaml'; pages: number };
  insurer?: string;
  policy_number?: string;
  issued?: string;
  renewal_date?: string;
  base_amount_g?: string;
  insured_persons?: { count: number; fte?: string };
  index_regulation?: { effective?: string; rates: IndexRate[] };
  natural_damage?: { rate_permille: string; previous_rate_permille?: string; basis?: string };
  deductible_changes?: DeductibleChange[];
  coverages?: Coverage[];
  /** The settlement terms the policy is under: built-in terms by name, or a terms file (relative to the policy file). */
  terms?: string;
  warnings: string[];
  /** With `parse --trace`: JSON path of each extracted value → where it was read. */
  trace?: Record<string, TracePoint>;
}
