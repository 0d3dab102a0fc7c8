/**
 * settleClaim: one validated claim → its settlement, by the rules of its product. Pure: the same
 * claim and context always give the same settlement; nothing is read or written.
 */
import { settleAnsvar } from './products/ansvar.js';
import { settleArbeidsmaskin } from './products/arbeidsmaskin.js';
import { settleBehandling } from './products/behandling.js';
import { settleBygning } from './products/bygning.js';
import { settleDriftstap } from './products/driftstap.js';
import { settleEiendeler } from './products/eiendeler.js';
import { settleFritidsbat } from './products/fritidsbat.js';
import { settleMotorvogn } from './products/motorvogn.js';
import { settleYrkesskade } from './products/yrkesskade.js';
import type { Claim, Product, SettleContext, Settlement } from './types.js';

type Rule = (claim: Claim, ctx: SettleContext) => Settlement;

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

/**
 * Settle one claim. Throws an InputError (naming claim, item and field) when a rule needs a fact
 * the claim does not give, or a fact contradicts its rule; «not covered» is a result, not an error.
 */
export function settleClaim(claim: Claim, ctx: SettleContext): Settlement {
  return RULES[claim.product](claim, ctx);
}
