/**
 * settleClaim: one validated claim → its settlement, by the rules of its product, with when each
 * part is paid (payable.ts) and, given an earlier result of the claim, the supplement
 * (supplement.ts). Pure: the same claim and context always give the same settlement; nothing is
 * read or written.
 */
import { C } from './clauses.js';
import { schedule, type Pending, type Rule } from './payable.js';
import { settleAnsvar } from './products/ansvar.js';
import { settleArbeidsmaskin } from './products/arbeidsmaskin.js';
import { settleBehandling } from './products/behandling.js';
import { pendingBygning, settleBygning } from './products/bygning.js';
import { settleDriftstap } from './products/driftstap.js';
import { pendingEiendeler, settleEiendeler } from './products/eiendeler.js';
import { settleFritidsbat } from './products/fritidsbat.js';
import { settleMotorvogn } from './products/motorvogn.js';
import { settleYrkesskade } from './products/yrkesskade.js';
import { supplement } from './supplement.js';
import type { Claim, Product, SettleContext, Settlement } from './types.js';

const RULES: Readonly<Record<Product, Rule>> = {
  eiendeler: settleEiendeler,
  bygning: settleBygning,
  motorvogn: settleMotorvogn,
  fritidsbat: settleFritidsbat,
  arbeidsmaskin: settleArbeidsmaskin,
  driftstap: settleDriftstap,
  ansvar: settleAnsvar,
  yrkesskade: settleYrkesskade,
  behandling: settleBehandling,
};

/** What waits for an event (undefined: nothing does). */
type PendingOf = (claim: Claim) => { events: Pending[]; notes: string[]; floorClause: string } | undefined;

/** The products whose conditions hold part of a compensation back until something happens. */
const PENDING: Partial<Record<Product, PendingOf>> = {
  eiendeler: pendingEiendeler,
  bygning: pendingBygning,
};

/**
 * Settle one claim. Throws an InputError (naming claim, item and field) when a rule needs a fact
 * the claim does not give, or a fact contradicts its rule; «not covered» is a result, not an error.
 */
export function settleClaim(claim: Claim, ctx: SettleContext): Settlement {
  const rule = RULES[claim.product];
  const s = rule(claim, ctx);
  const pendingOf = PENDING[claim.product];
  const p = pendingOf !== undefined && !s.payout.isZero() ? pendingOf(claim) : undefined;
  if (p === undefined || p.events.length === 0) {
    s.payable = [{ when: 'now', amount: s.payout, clause: C.PAYMENT }];
  } else {
    s.payable = schedule(claim, ctx, rule, s, p.events, p.floorClause);
    if (s.payable.length > 1 && p.notes.length > 0) s.notes = s.notes.concat(p.notes);
  }
  if (ctx.previous !== undefined && claim.id !== undefined) {
    const previous = ctx.previous.get(claim.id);
    if (previous !== undefined) supplement(s, previous);
  }
  return s;
}
