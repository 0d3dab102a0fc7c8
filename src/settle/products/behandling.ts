/**
 * Behandling — Behandlingsforsikring in the 2024 news (gjensidige-personal-yrkesskade-2024.txt):
 *
 * «Fra 01.01.2024 innføres egenandel på dekningen fysisk behandling (fysioterapeut, kiropraktor,
 * naprapat, manuellterapeut og osteopat) … Egenandel på 150 kroner per behandling betales av
 * forsikrede på behandlingsstedet. Kunder som har egenandel i dag, beholder dagens dekning.»
 *
 * - Each treatment is paid its cost less kr 150 when it is a physical treatment on or after
 *   2024-01-01 (the treatment's own `date`), unless the policy already had a deductible
 *   (`had_deductible_before: true`): then that deductible (`deductible`) is kept.
 * - A sum insured caps when one is known.
 *
 * The cost of a treatment is cited as the claim's: the documents describe the cover no further
 * than this news (the schedule of a behandlingsforsikring is not in the corpus).
 *
 * Readings (docs/settle.md): the kr 150 is per treatment and never more than the treatment cost; the
 * deductible a customer keeps is taken once per claim (its form is not in the letter); other
 * treatments (`other`) have no kr 150.
 */
import { Decimal } from '../../core/money.js';
import { formatDateNo } from '../../core/norsk.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement, Treatment } from '../types.js';

const PER_TREATMENT = new Decimal(CONDITIONS.behandling.perTreatment);
const FROM = CONDITIONS.behandling.from;
const PHYSICAL: Readonly<Record<Treatment, string | null>> = {
  fysioterapeut: 'fysioterapeut',
  kiropraktor: 'kiropraktor',
  naprapat: 'naprapat',
  manuellterapeut: 'manuellterapeut',
  osteopat: 'osteopat',
  other: null,
};

export function settleBehandling(claim: Claim, ctx: SettleContext): Settlement {
  // does the kr 150 rule reach this claim? then it must be known whether the policy kept a deductible
  let reached = false;
  for (const item of claim.items) {
    if (item.treatment === undefined) throw missingFact(claim, item, 'treatment', 'physical treatments (fysioterapeut, kiropraktor, naprapat, manuellterapeut, osteopat) have a deductible of kr 150 each from 2024; other otherwise');
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', 'the cost of the treatment');
    if (PHYSICAL[item.treatment] !== null) {
      if (item.date === undefined) throw missingFact(claim, item, 'date', 'the kr 150 per physical treatment applies to treatments from 2024-01-01');
      if (item.date >= FROM) reached = true;
    }
  }
  if (reached && claim.had_deductible_before === undefined) {
    throw missingFact(claim, undefined, 'had_deductible_before', 'customers who already had a deductible keep it instead of kr 150 per treatment (Nyheter og endringer 2024, Behandlingsforsikring)');
  }
  const kept = claim.had_deductible_before === true;
  const terms = resolveTerms(claim, ctx, {
    deductible: kept,
    sum: false,
    sumIfKnown: true,
    why: 'the policy already had a deductible (had_deductible_before: true), which the customer keeps; state it in the claim or give --policy FILE',
  });
  const l = new Ledger();
  for (const item of claim.items) {
    const kind = PHYSICAL[item.treatment!];
    const what = kind ?? 'behandling';
    const cost = l.add(`${item.description} (${what}${item.date !== undefined ? `, ${formatDateNo(item.date)}` : ''})`, C.BEHANDLING_COST, item.cost!);
    if (kind !== null && !kept && item.date! >= FROM) {
      l.add('Egenandel kr 150 per fysisk behandling, betales av forsikrede', C.BEHANDLING, neg(cost.lessThan(PER_TREATMENT) ? cost : PER_TREATMENT));
    }
  }
  if (kept) l.deduct(terms.deductible!, C.BEHANDLING, 'Egenandel etter avtalen (beholdt dagens dekning)');
  if (terms.sum !== undefined) l.cap(terms.sum, C.SCHEDULE_SUM);
  return finish(claim, l, terms, []);
}
