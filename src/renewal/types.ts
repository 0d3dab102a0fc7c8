/** The result of a renewal projection (and check): what src/renewal/data.ts and text.ts render. */
import type { Decimal } from '../core/money.js';
import type { IsoDate } from '../core/norsk.js';
import type { DeductibleChange, RowIndexClass } from '../model/policy.js';
import type { DeductibleOutcome } from './deductibles.js';
import type { SumKind } from './rows.js';

export interface Figures {
  kind: SumKind;
  sum: Decimal | null;
  deductible: Decimal | null;
  premium: Decimal | null;
}

export interface GLine {
  name: string;
  /** «4.5», «22-30», «individual», or «» (no sum stated). */
  g: string;
  old: GAmount;
  expected: GAmount;
  stated: GAmount | null;
  /** Matched item of the new schedule (with --to); null when the item is only in the old. */
  statedG?: string | null;
}

/** A G sum in kroner: one amount, a range, or none (individually assessed). */
export type GAmount = { amount: Decimal } | { min: Decimal; max: Decimal } | null;

export interface ObjectResult {
  name: string;
  product: string;
  coverage?: string;
  object?: string;
  indexClass: RowIndexClass;
  /** Where the class came from: the schedule (its product name) or --index-class. */
  classFrom: 'schedule' | 'option';
  /** The index rate applied to the sum (null: not indexed, or not known — see notes). */
  index: { percent: Decimal; source: string } | null;
  /** The rate the premium's index effect uses (0 for rows whose sum is not indexed). */
  premiumPercent: Decimal | null;
  old: Figures;
  expected: Figures;
  stated: Figures | null;
  /** Index effect on the premium (expected − old premium). */
  indexEffect: Decimal | null;
  /** Stated − expected premium: a change beyond the index effect (not a discrepancy). */
  otherPremium: Decimal | null;
  deductible: DeductibleOutcome;
  /** With --to: the row of the new schedule it was compared with, and how it was found. */
  matched?: { name: string; by: 'name' | 'product' };
  notes: string[];
  g?: GLine[];
}

export interface NaturalDamageRow {
  name: string;
  oldFireSum: Decimal;
  old: Decimal;
  newFireSum: Decimal | null;
  new: Decimal | null;
}

export interface NaturalDamage {
  rateOld: Decimal;
  rateOldSource: string;
  rateNew: Decimal;
  rateNewSource: string;
  objects: NaturalDamageRow[];
  old: Decimal;
  new: Decimal;
  /** Rows whose new fire sum is not known (unresolved), left out of `new`. */
  leftOut: string[];
  /** Property rows without a sum in kroner («Fullverdi»): no fire sum to compute with. */
  withoutSum: string[];
}

export interface ChangeReport {
  index: number;
  change: DeductibleChange;
  source: string;
  /** The letter's line it was read from (cells joined with « | »), when traced. */
  line?: string;
  status: 'applied' | 'ambiguous' | 'not_applied';
  /** Rows it applies to (sure) or may apply to (ambiguous), with old → result, and on what the match was made. */
  rows: Array<{ object: string; from: Decimal; to: Decimal; sure: boolean; basis: string }>;
  why?: string;
}

export interface Discrepancy {
  object: string;
  field: 'sum' | 'deductible' | 'g' | 'g_multiple';
  expected: string | null;
  stated: string | null;
  expectedAnyOf?: string[];
  note?: string;
}

export interface Unresolved {
  object: string;
  field: 'sum' | 'deductible' | 'premium' | 'natural_damage';
  reason: string;
  options?: Decimal[];
  stated?: Decimal | null;
}

export interface GCheck {
  date: IsoDate;
  expected: Decimal;
  expectedFrom: IsoDate;
  source: string;
  oldStated: Decimal | null;
  oldTable: Decimal | null;
  oldDate: IsoDate;
  stated: Decimal | null;
}

export interface DocRef {
  role: 'from' | 'letter' | 'to';
  file: string;
  sha256: string;
  kind: string;
  policyNumber?: string;
  renewalDate?: IsoDate;
  issued?: IsoDate;
}

export interface RenewalResult {
  renewalDate: IsoDate;
  renewalDateSource: string;
  previousDate: IsoDate;
  policyNumber: string | null;
  documents: DocRef[];
  checked: boolean;
  rates: Array<{ object: string; percent: Decimal; label: string; source: string }>;
  objects: ObjectResult[];
  naturalDamage: NaturalDamage | null;
  g: GCheck | null;
  premium: { old: Decimal; expected: Decimal | null; indexEffect: Decimal | null; stated: Decimal | null; other: Decimal | null };
  changes: ChangeReport[];
  unresolved: Unresolved[];
  oldOnly: string[];
  newOnly: string[];
  discrepancies: Discrepancy[];
  warnings: string[];
}
