import type { Ledger } from './ledger.js';
import type { Terms } from './terms.js';
import type { Claim, Payable, Settlement } from './types.js';

/** A placeholder shared by all settlements until settleClaim sets their schedule (never changed). */
const NOT_YET: Payable[] = Object.freeze([]) as unknown as Payable[];

/** The Settlement of a claim from its ledger: the payout is the ledger's total. */
export function finish(claim: Claim, l: Ledger, terms: Terms | undefined, notes: string[]): Settlement {
  const s: Settlement = {
    id: claim.id,
    product: claim.product,
    date: claim.date,
    payout: l.total,
    steps: l.steps,
    // settleClaim sets when the payout is paid (payable.ts)
    payable: NOT_YET,
    notes: terms && terms.notes.length > 0 ? (notes.length > 0 ? terms.notes.concat(notes) : terms.notes) : notes,
  };
  if (claim.coverage !== undefined) s.coverage = claim.coverage;
  if (terms) {
    if (terms.deductible !== undefined) {
      s.deductible = terms.deductible;
      s.deductibleFrom = terms.deductibleFrom;
    }
    if (terms.sum !== undefined) {
      s.sumInsured = terms.sum;
      s.sumInsuredFrom = terms.sumFrom;
    }
  }
  return s;
}

