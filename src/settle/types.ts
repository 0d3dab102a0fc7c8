/**
 * The settlement engine's data: a validated claim, the steps of a settlement and its result.
 *
 * A Claim is what `validateClaim` makes of a YAML/JSON claim: the same field names as the input
 * (snake_case, docs/settle.md), amounts as Decimal, dates as ISO strings, enums checked. A Settlement
 * is what `settleClaim` makes of it: the steps in order, each with its clause, and the payout.
 *
 * The steps are a ledger: every step's amount is what that step adds to (positive) or takes off
 * (negative) the payout, already rounded to øre, so the amounts of all steps add up to the
 * payout exactly. A step that only records a decision (a rule that did not change the figure,
 * «not covered») has the amount 0.
 */
import type { Decimal } from '../core/money.js';
import type { IsoDate } from '../core/norsk.js';
import type { Policy } from '../model/policy.js';
import type { Tables } from '../params/tables.js';
import type { Conditions, TermsUsed } from './conditions.js';

export const PRODUCTS = [
  'eiendeler',
  'bygning',
  'motorvogn',
  'fritidsbat',
  'arbeidsmaskin',
  'driftstap',
  'ansvar',
  'yrkesskade',
  'behandling',
] as const;
export type Product = (typeof PRODUCTS)[number];

/** Where a claim came from, for error messages: the file, the claim's number in it, its line. */
export interface ClaimSource {
  file?: string | undefined;
  /** 1-based number of the claim in its file (batch), shown as «claim #N» when it has no id. */
  index?: number | undefined;
  /** 1-based line of the claim in its file (NDJSON/CSV batch). */
  line?: number | undefined;
}

export type EiendelerCategory = 'elektrisk' | 'handverktoy' | 'it' | 'annet';
export type BygningObject =
  | 'fyringskjel'
  | 'varmekabler'
  | 'vvs'
  | 'boblebad'
  | 'utvendig_ror'
  | 'varmtvannsbereder'
  | 'varmepumpe_luft_luft';
/** The sub-limits of the conditions a loss can fall under (conditions.ts). */
export type SubLimit = 'away_from_premises' | 'rented_premises' | 'glass_extras' | 'backup' | 'blocked_access' | 'natural_damage' | 'archives';
export type YrkesskadeCover = 'menerstatning' | 'tap_i_fremtidig_erverv' | 'barn' | 'begravelse' | 'ektefelle';
export type Treatment = 'fysioterapeut' | 'kiropraktor' | 'naprapat' | 'manuellterapeut' | 'osteopat' | 'other';
export type DriftstapCause =
  | 'design_fault'
  | 'material_fault'
  | 'dimensioning_fault'
  | 'construction_fault'
  | 'corrosion'
  | 'wear'
  | 'faulty_installation'
  | 'other';

/** One item of a claim. Which fields a product accepts is declared in schema.ts. */
export interface Item {
  /** 0-based position in the claim's `items`. */
  index: number;
  description: string;
  cost?: Decimal;
  new_price?: Decimal;
  age_years?: Decimal;
  purchased?: IsoDate;
  // eiendeler (category also «elektronikk» for motorvogn and fritidsbat, «mast_rigg» for fritidsbat)
  category?: EiendelerCategory | 'elektronikk' | 'mast_rigg';
  repair_cost?: Decimal;
  used_price?: Decimal;
  lifetime_years?: Decimal;
  building_fixture?: boolean;
  market_value_after?: Decimal;
  replaced_within_3y?: boolean;
  market_value_loss?: Decimal;
  new_price_vat?: Decimal;
  replaced_on?: IsoDate;
  repaired_on?: IsoDate;
  sub_limit?: SubLimit;
  // bygning
  object?: BygningObject;
  point_repair?: boolean;
  material?: 'plast' | 'glassfiber' | 'annet';
  public_order?: boolean;
  // motorvogn, fritidsbat, arbeidsmaskin (and bygning: vat)
  labour?: Decimal;
  parts?: Decimal;
  vat?: Decimal;
  improvement?: Decimal;
  // yrkesskade
  g?: Decimal;
  cover?: YrkesskadeCover;
  // behandling
  treatment?: Treatment;
  date?: IsoDate;
}

export interface RentLoss {
  monthly_rent?: Decimal;
  months?: Decimal;
  own_premises?: boolean;
  documented_costs?: Decimal;
  cause?: 'blocked_access' | 'natural_damage';
}

export interface Claim {
  id?: string;
  product: Product;
  /** Loss date (skadedato). */
  date: IsoDate;
  /** The coverage of the product the claim falls under (motorvogn kasko …), or a policy row's name. */
  coverage?: string;
  deductible?: Decimal;
  sum_insured?: Decimal;
  /** The policy coverage's product to take deductible/sum from, when the default match is not it. */
  policy_coverage?: string;
  /** The policy coverage's object (e.g. «Storgata 1»), when the policy has several of the product. */
  policy_object?: string;
  items: Item[];
  /** The insured deducts input VAT: compensation ex VAT where the conditions say so. */
  vat_registered?: boolean;
  // eiendeler (price_increase also bygning)
  price_increase?: Decimal;
  glass_breakage?: boolean;
  replaced_on?: IsoDate;
  repaired_on?: IsoDate;
  // bygning
  rebuilt_on?: IsoDate;
  breeam_upgrade?: boolean;
  breeam_certified_before?: boolean;
  vacated?: boolean;
  to_be_demolished?: boolean;
  rebuilt_within_5y?: boolean;
  other_purpose?: boolean;
  market_value_loss?: Decimal;
  market_value_before?: Decimal;
  market_value_after?: Decimal;
  first_risk?: boolean;
  rent_loss?: RentLoss;
  // motorvogn, arbeidsmaskin, fritidsbat
  odometer_km?: number;
  animal_collision?: boolean;
  total_weight_kg?: number;
  intoxicated?: boolean;
  cash?: boolean;
  vat_paid?: boolean;
  rolled_without_driver?: boolean;
  /** arbeidsmaskin: the date the policy was first taken out. */
  policy_start?: IsoDate;
  deceased_without_dependants?: boolean;
  regatta?: boolean;
  theft?: boolean;
  fg_tracking_active?: boolean;
  total_loss?: boolean;
  market_value?: Decimal;
  business_use?: boolean;
  // driftstap
  daily_loss?: Decimal;
  days?: Decimal;
  karenstid_days?: Decimal;
  cause?: DriftstapCause;
  fix_days?: Decimal;
  // ansvar
  renewal_date?: IsoDate;
  // yrkesskade
  settlement_date?: IsoDate;
  // behandling
  had_deductible_before?: boolean;
  /** Where the claim came from (file, number, line), for error messages. */
  source: ClaimSource;
}

/** One line of a settlement: what was applied, its amount (signed, øre) and its clause. */
export interface Step {
  rule: string;
  clause: string;
  amount: Decimal;
}

/** When an amount is paid (docs/settle.md, «When it is paid»). */
export type When = 'now' | 'on_repair' | 'on_replacement' | 'on_rebuild';

/** A part of the payout and when it is due: the parts of a settlement add up to its payout. */
export interface Payable {
  when: When;
  amount: Decimal;
  /** The deadline (from the loss date) by which the event must happen for the part to be paid. */
  by?: IsoDate;
  clause: string;
  /** For the statement: «når bygningen er reparert/gjenoppført» (when ≠ now). */
  what?: string;
}

/** An earlier result of the same claim (settle --previous): what it paid and when. */
export interface Previous {
  payout: Decimal;
  payable: Payable[];
  /** What was paid out by it: its `now` part (its payout when it has no schedule). */
  paid: Decimal;
}

/** Where the deductible and the sum insured of a settlement came from. */
export type TermSource = 'claim' | 'policy' | 'rule';

export interface Settlement {
  id: string | undefined;
  product: Product;
  /** The terms the rules applied (set by settleClaim). */
  terms?: TermsUsed;
  date: IsoDate;
  /** What the insurer pays; never negative. Equals the sum of the steps' amounts. */
  payout: Decimal;
  /** What the insured owes back (arbeidsmaskin rolled without driver on a liability claim). */
  recourse?: Decimal;
  steps: Step[];
  /** When the payout is paid: now, or on repair/replacement/rebuild by a deadline; adds up to payout. */
  payable: Payable[];
  /** With an earlier result of the claim (settle --previous). */
  previous?: Previous;
  /** payout − previous payout (negative: the compensation went down). */
  difference?: Decimal;
  /** With a previous result: what is to be paid now (this now part − what was paid), never negative. */
  dueNow?: Decimal;
  /** With a previous result: what was paid too much (the previous payment exceeds this now part). */
  overpaid?: Decimal;
  notes: string[];
  /** The deductible and sum insured used, for the statement's heading (not part of the data). */
  deductible?: Decimal;
  deductibleFrom?: TermSource;
  sumInsured?: Decimal;
  sumInsuredFrom?: TermSource;
  coverage?: string;
}

export interface SettleContext {
  /** The parameter tables (G for yrkesskade). */
  tables: Tables;
  /** The terms the rules apply (settle --terms, the policy's `terms:`); without, the default built-in terms. */
  conditions?: Conditions;
  /** The policy whose coverage supplies deductible and sum insured a claim does not state. */
  policy?: Policy;
  /** The policy's file name, for messages. */
  policyFile?: string;
  /** yrkesskade: use the policy's stated G (`base_amount_g`) instead of the G table. */
  gFromPolicy?: boolean;
  /** Earlier results by claim id (settle --previous): a settlement of a claim found here gets its supplement. */
  previous?: ReadonlyMap<string, Previous>;
}
