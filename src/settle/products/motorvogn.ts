/**
 * Motorvogn — Erstatningsregler Motorvogn (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 1384–1455).
 *
 * - Intoxicated driver → not covered (Ruspåvirkning, FAL § 4-9): payout 0, the reason a step.
 * - `maskinskade`: the deductible follows the odometer on the loss date — 0–119 999 km kr 8 000,
 *   120 000–159 999 kr 12 000, 160 000–200 000 kr 16 000; above 200 000 km the table has no
 *   deductible: not covered (DESIGN §3). The agreed deductible is not used for maskinskade.
 * - Repairs: `cost`, or `parts` + `labour` (+ `vat`); cash settlement → labour × 50 %, VAT only
 *   when paid (`vat_paid`).
 * - Retrofitted electronics: 10 % per started year after the first year, at most 50 %.
 * - Collision with an animal, vehicle of total weight up to and including 3 500 kg → the agreed
 *   deductible less kr 2 000 (not below 0).
 * - A sum insured caps when one is known (a car's kasko usually has none: market value).
 */
import { Decimal, ZERO, formatKr, formatNumberNo } from '../../core/money.js';
import { C } from '../clauses.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { anyVat, repairItem } from './repair.js';

const ANIMAL_REDUCTION = new Decimal(2000);
const ANIMAL_WEIGHT_LIMIT = 3500;

/** Egenandel maskinskade – Bil: the deductible by odometer; null above 200 000 km (not covered). */
export function maskinskadeDeductible(km: number): Decimal | null {
  if (km <= 119_999) return new Decimal(8000);
  if (km <= 159_999) return new Decimal(12_000);
  if (km <= 200_000) return new Decimal(16_000);
  return null;
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
    if (d === null) return notCovered(claim, `maskinskade med kilometerstand ${formatNumberNo(km, 0)} km — tabellen gjelder til og med 200 000 km`, C.MOTOR_MASKINSKADE);
    tableDeductible = d;
  }
  if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'the damage is settled item by item');
  const terms = resolveTerms(claim, ctx, { deductible: tableDeductible === undefined, sum: false, sumIfKnown: true });
  const cash = claim.cash === true;
  if (cash && anyVat(claim) && claim.vat_paid === undefined) {
    throw missingFact(claim, undefined, 'vat_paid', 'on a cash settlement VAT is paid only when it was paid (Erstatningsregler Motorvogn)');
  }
  const l = new Ledger();
  const notes: string[] = [];
  const rules = {
    halfLabour: cash,
    vat: !cash || claim.vat_paid === true ? (true as const) : 'kontanterstatning, merverdiavgift ikke betalt',
    repairClause: C.MOTOR_REPAIR,
    cashClause: C.MOTOR_REPAIR,
    vatClause: C.MOTOR_REPAIR,
    electronicsClause: C.MOTOR_ELECTRONICS,
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
      if (w <= ANIMAL_WEIGHT_LIMIT) {
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
