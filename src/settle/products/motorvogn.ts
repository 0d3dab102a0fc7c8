/**
 * Motorvogn — Erstatningsregler Motorvogn (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 1384–1455).
 *
 * - Intoxicated driver → not covered (Ruspåvirkning, FAL § 4-9): payout 0, the reason a step.
 * - `maskinskade`: the deductible follows the odometer on the loss date — 0–119 999 km kr 8 000,
 *   120 000–159 999 kr 12 000, 160 000–200 000 kr 16 000. The table ends at 200 000 km: above
 *   it the conditions give no deductible, and the claim is read as not covered — a reading, cited
 *   as one. The agreed deductible is not used for maskinskade.
 * - Repairs: `cost`, or `parts` + `labour` (+ `vat`); cash settlement → labour × 50 %, VAT only
 *   when paid (`vat_paid`); an insured who deducts VAT (`vat_registered`) is paid ex VAT (a
 *   reading: VAT the insured deducts is no loss); an improvement is deducted.
 * - Retrofitted electronics: 10 % per started year after the first year, at most 50 %.
 * - Collision with an animal, vehicle of total weight up to and including 3 500 kg → the agreed
 *   deductible less kr 2 000 (not below 0).
 * - A sum insured caps when one is known (a car's kasko usually has none: market value).
 * Numbers: conditions.ts.
 */
import { Decimal, ZERO, formatKr, formatNumberNo } from '../../core/money.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { anyVat, repairItem, type RepairRules } from './repair.js';

const T = CONDITIONS.motorvogn;
const ANIMAL_REDUCTION = new Decimal(T.animalReduction);

/** Egenandel maskinskade – Bil: the deductible by odometer; null beyond the table (above 200 000 km). */
export function maskinskadeDeductible(km: number): Decimal | null {
  for (const row of T.maskinskade) if (km <= row.upToKm) return new Decimal(row.deductible);
  return null;
}

/**
 * How repair items of a vehicle or machine are paid: labour at 50 % on a cash settlement, VAT
 * only when paid on one, and never VAT the insured deducts.
 */
export function vehicleVat(claim: Claim, cash: boolean, cashClause: string): { vat: true | string; vatClause: string } {
  if (claim.vat_registered === true) return { vat: 'sikrede har fradrag for merverdiavgift', vatClause: C.MOTOR_VAT_REGISTERED };
  if (cash && claim.vat_paid !== true) return { vat: 'kontanterstatning, merverdiavgift ikke betalt', vatClause: cashClause };
  return { vat: true, vatClause: C.MOTOR_REPAIR };
}

/** The settlement of a claim that is not covered: payout 0, the reason as its one step. */
export function notCovered(claim: Claim, reason: string, clause: string): Settlement {
  const l = new Ledger();
  l.note(`Ikke dekket: ${reason}`, clause);
  return finish(claim, l, undefined, []);
}

export function settleMotorvogn(claim: Claim, ctx: SettleContext): Settlement {
  if (claim.coverage === undefined) throw missingFact(claim, undefined, 'coverage', 'kasko, delkasko, maskinskade or ansvar — the deductible and rules depend on it');
  if (claim.intoxicated === true) {
    return notCovered(claim, 'skade voldt mens føreren var påvirket av alkohol eller annet berusende eller bedøvende middel', C.MOTOR_INTOX);
  }
  let tableDeductible: Decimal | undefined;
  if (claim.coverage === 'maskinskade') {
    const km = claim.odometer_km;
    if (km === undefined) throw missingFact(claim, undefined, 'odometer_km', 'the maskinskade deductible follows the odometer on the loss date (Erstatningsregler Motorvogn, Egenandel maskinskade – Bil)');
    const d = maskinskadeDeductible(km);
    if (d === null) {
      const end = formatNumberNo(T.maskinskade[T.maskinskade.length - 1]!.upToKm, 0);
      const l = new Ledger();
      l.note(`Maskinskade ved ${formatNumberNo(km, 0)} km: tabellen over egenandel slutter ved ${end} km, og vilkårene gir ingen egenandel for høyere kilometerstand — lest som ikke dekket`, C.MOTOR_MASKINSKADE_END);
      return finish(claim, l, undefined, []);
    }
    tableDeductible = d;
  }
  if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'the damage is settled item by item');
  const terms = resolveTerms(claim, ctx, { deductible: tableDeductible === undefined, sum: false, sumIfKnown: true });
  const cash = claim.cash === true;
  if (cash && anyVat(claim) && claim.vat_paid === undefined && claim.vat_registered !== true) {
    throw missingFact(claim, undefined, 'vat_paid', 'on a cash settlement VAT is paid only when it was paid (Erstatningsregler Motorvogn)');
  }
  const l = new Ledger();
  const notes: string[] = [];
  const rules: RepairRules = {
    cashLabourPercent: cash ? T.cashLabourPercent : undefined,
    ...vehicleVat(claim, cash, C.MOTOR_REPAIR),
    repairClause: C.MOTOR_REPAIR,
    cashClause: C.MOTOR_REPAIR,
    electronics: T.electronics,
    electronicsClause: C.MOTOR_ELECTRONICS,
    improvementClause: C.MOTOR_REPAIR,
  };
  for (const item of claim.items) repairItem(claim, item, l, rules);

  if (tableDeductible !== undefined) {
    if (terms.deductible !== undefined) notes.push(`Maskinskade: egenandelen følger kilometerstanden; avtalt egenandel ${formatKr(terms.deductible)} brukes ikke.`);
    terms.deductible = tableDeductible;
    terms.deductibleFrom = 'rule';
    l.deduct(tableDeductible, C.MOTOR_MASKINSKADE, `Egenandel maskinskade, kilometerstand ${formatNumberNo(claim.odometer_km!, 0)} km`);
  } else {
    let deductible = terms.deductible!;
    let label = 'Egenandel';
    if (claim.animal_collision === true) {
      const w = claim.total_weight_kg;
      if (w === undefined) throw missingFact(claim, undefined, 'total_weight_kg', 'a collision with an animal reduces the deductible by kr 2 000 for vehicles of at most 3 500 kg (Erstatningsregler Motorvogn, Egenandel)');
      if (w <= T.animalMaxWeightKg) {
        const reduced = deductible.greaterThan(ANIMAL_REDUCTION) ? deductible.minus(ANIMAL_REDUCTION) : ZERO;
        label = `Egenandel ${formatKr(deductible)} − kr 2 000,00 ved påkjørsel av dyr (totalvekt ${formatNumberNo(w, 0)} kg)`;
        deductible = reduced;
      } else {
        notes.push(`Påkjørsel av dyr: totalvekt ${formatNumberNo(w, 0)} kg er over 3 500 kg — egenandelen reduseres ikke.`);
      }
    }
    l.deduct(deductible, C.MOTOR_DEDUCTIBLE, label);
  }
  if (terms.sum !== undefined) l.cap(terms.sum, C.SCHEDULE_SUM);
  return finish(claim, l, terms, notes);
}
