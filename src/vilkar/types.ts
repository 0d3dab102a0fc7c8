/**
 * Settlement terms (vilkår as data): the numbers and tables of one insurer's conditions that the
 * settlement rules apply — age-deduction tables, thresholds and factors, deductible rules,
 * deadlines, sub-limits, VAT rules — each with the clause and the document it is stated in.
 *
 * In memory the terms have the shape of their YAML file (schema/terms.schema.json): amounts,
 * percentages and factors are machine decimal strings ("15000", "1.4"), counts are integers,
 * dates ISO strings. A table's `clause` and `document` hold for each of its rows unless the row
 * names its own. (This is not src/settle/terms.ts, which finds a claim's deductible and sum.)
 */
import type { IsoDate } from '../core/norsk-text.js';

export const TERMS_SCHEMA_ID = 'skadekalk/terms@1';

/** The products terms can hold numbers for (yrkesskade takes its G from the parameter tables). */
export const TERMS_PRODUCTS = ['eiendeler', 'bygning', 'motorvogn', 'fritidsbat', 'arbeidsmaskin', 'driftstap', 'ansvar', 'behandling'] as const;
export type TermsProduct = (typeof TERMS_PRODUCTS)[number];

/** Where a value is stated: the clause as a statement cites it, and the document by its id. */
export interface Ref {
  clause: string;
  document: string;
}

/** One value with its reference (OpenFisca-style: value + reference). */
export interface Val<T> extends Ref {
  value: T;
}

export type Dec = string;

/**
 * Where a product's rules without a number of their own are stated, for the statement to cite:
 * `deductible` (the agreed deductible is deducted), `sum` (the sum insured caps), `calculation`,
 * `payment`, `repair`, `total_loss`, `intoxicated`, `series`, `sum_bedriftsansvar` …
 */
export type Clauses = Record<string, Ref>;

export interface AgeRow {
  key: string;
  label: string;
  free_years: number;
  percent: Dec;
  max_percent?: Dec;
  words?: 'fra' | 'eldre enn' | 'etter';
  group?: 'instead' | 'both';
  point_repair?: 'deductible_only';
  exempt_materials?: string[];
  clause?: string;
  document?: string;
}

export interface AgeTable extends Ref {
  max_percent?: Dec;
  both_none_when_damaged_together?: number;
  rows: AgeRow[];
}

export interface SubLimit extends Ref {
  key: string;
  label: string;
  amount?: Dec;
  months?: number;
  per?: 'event' | 'customer' | 'site_event';
}

export interface SpecialDeductible extends Ref {
  key: string;
  label: string;
  amount: Dec;
  extra_percent?: Dec;
}

export interface OdometerRow {
  from_km: number;
  to_km: number | null;
  amount: Dec | null;
}

export interface OdometerTable extends Ref {
  rows: OdometerRow[];
}

export interface Cash {
  labour_percent?: Val<Dec>;
  vat_only_if_paid?: Val<boolean>;
}

export interface PriceIncrease {
  max_percent?: Val<Dec>;
  within_months?: Val<number>;
}

export interface EiendelerTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  age_deduction?: AgeTable;
  lifetime?: { threshold?: Val<Dec>; threshold_ex_vat?: Val<boolean>; free_share_percent?: Val<Dec>; factor?: Val<Dec> };
  replace_within_years?: Val<number>;
  price_increase?: PriceIncrease;
  vat_registered_ex_vat?: Val<boolean>;
  deductibles?: SpecialDeductible[];
  sub_limits?: SubLimit[];
}

export interface BygningTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  age_deduction?: AgeTable;
  market_value?: { rise_max_percent?: Val<Dec>; rebuild_within_years?: Val<number> };
  repair_within_years?: Val<number>;
  breeam?: { percent?: Val<Dec>; max?: Val<Dec> };
  rent_loss?: { max_months?: Val<number>; max_months_not_rebuilt?: Val<number>; own_premises_percent?: Val<Dec> };
  price_increase?: PriceIncrease;
  vat_registered_ex_vat?: Val<boolean>;
  deductibles?: SpecialDeductible[];
  sub_limits?: SubLimit[];
}

export interface MotorvognTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  cash?: Cash;
  electronics?: AgeTable;
  animal_collision?: { reduction?: Val<Dec>; max_weight_kg?: Val<number> };
  maskinskade_deductible?: OdometerTable;
  deductibles?: SpecialDeductible[];
}

export interface FritidsbatTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  cash?: Cash;
  electronics?: AgeTable;
  regatta?: { percent?: Val<Dec>; at_least_agreed?: Val<boolean> };
  theft_tracking_no_deductible?: Val<boolean>;
  business_ex_vat?: Val<boolean>;
  deductibles?: SpecialDeductible[];
}

export interface CoverageAmount {
  coverage: string;
  amount: Dec;
  previous?: Dec;
}

export interface ArbeidsmaskinTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  minimum_deductible?: Ref & { policies_started_before?: Val<IsoDate>; rows: CoverageAmount[] };
  rolled_without_driver?: { deductible?: Val<Dec>; recourse_when_no_deductible?: Val<boolean> };
  cash?: Cash;
  avbrudd_only_above_deductible?: Val<boolean>;
  death_without_dependants?: Val<Dec>;
  deductibles?: SpecialDeductible[];
}

export interface DriftstapTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  weakness?: { fix_time_max_percent?: Val<Dec>; extra_deductible_percent?: Val<Dec> };
}

export interface AnsvarTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  deductible?: Ref & { from_renewal_year?: number; rows: CoverageAmount[] };
  deductibles?: SpecialDeductible[];
}

export interface BehandlingTerms {
  /** Where the rules without a number of their own are stated (see Clauses). */
  clauses?: Clauses;
  per_treatment?: Val<Dec>;
  from?: Val<IsoDate>;
  treatments?: Val<string[]>;
  keep_existing_deductible?: Val<boolean>;
}

export interface ProductTerms {
  eiendeler?: EiendelerTerms;
  bygning?: BygningTerms;
  motorvogn?: MotorvognTerms;
  fritidsbat?: FritidsbatTerms;
  arbeidsmaskin?: ArbeidsmaskinTerms;
  driftstap?: DriftstapTerms;
  ansvar?: AnsvarTerms;
  behandling?: BehandlingTerms;
}

export interface TermsDocument {
  id: string;
  title: string;
  file?: string;
  sha256?: string;
}

export interface ReadValue {
  path: string;
  file: string;
  page: number;
  line: number;
}

export interface TermsWarning {
  file?: string;
  page?: number;
  line?: number;
  text?: string;
  message: string;
}

export interface Terms {
  schema: typeof TERMS_SCHEMA_ID;
  name: string;
  title: string;
  insurer?: string;
  product_line?: string;
  version?: string;
  valid_from?: IsoDate;
  documents: TermsDocument[];
  products: ProductTerms;
  read?: {
    base: string;
    documents: Array<{ file: string; sha256: string; kind: 'pdf' | 'text'; pages: number }>;
    values: ReadValue[];
  };
  warnings?: TermsWarning[];
}
