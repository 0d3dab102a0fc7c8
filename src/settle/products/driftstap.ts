/**
 * Driftstap — «Driftstap Pluss» in the 2024 renewal news (gjensidige-naering-fornyelse-2024.txt,
 * ≈ lines 38–46):
 *
 * «Skade forårsaket av design-, material-, dimensjonerings-, konstruksjonsfeil, korrosjon,
 * slitasje eller feil montering/utførelse. Det gjøres fradrag i driftstapserstatningen for den
 * tiden det på skadedagen ville tatt forsikringstakeren å utbedre svakheten, maksimert til 50% av
 * driftstapet.» … «Egenandelen er 15% av erstatningen og kommer i tillegg til valgt karenstid».
 *
 * Steps: the loss (`daily_loss` × `days`); the waiting period (karenstid) first; for those causes
 * the deduction for the time it would have taken to fix the weakness (`fix_days` × daily loss, at
 * most 50 % of the loss after the waiting period); then the special deductible of 15 % of the
 * compensation; an agreed kroner deductible, when one is stated, once; the sum insured caps.
 *
 * The loss, the waiting period («valgt karenstid») and an agreed kroner deductible are the
 * schedule's (forsikringsbeviset): the conditions of Driftstap are not in the corpus beyond the
 * renewal news. Numbers: conditions.ts.
 *
 * Readings (docs/settle.md): «driftstapet» the 50 % refers to is the loss after the waiting
 * period (the compensation being reduced); the fix time is deducted as days of loss after the
 * waiting period (the waiting period first), not netted against it; the waiting period is this
 * product's deductible, so a kroner deductible is optional.
 */
import { formatKr, formatRateNo, ore } from '../../core/money.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg, pct } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, DriftstapCause, SettleContext, Settlement } from '../types.js';

const T = CONDITIONS.driftstap;

const WEAKNESS: Readonly<Record<DriftstapCause, string | null>> = {
  design_fault: 'designfeil',
  material_fault: 'materialfeil',
  dimensioning_fault: 'dimensjoneringsfeil',
  construction_fault: 'konstruksjonsfeil',
  corrosion: 'korrosjon',
  wear: 'slitasje',
  faulty_installation: 'feil montering/utførelse',
  other: null,
};

export function settleDriftstap(claim: Claim, ctx: SettleContext): Settlement {
  const need = (field: string, why: string) => missingFact(claim, undefined, field, why);
  const daily = claim.daily_loss;
  const days = claim.days;
  if (daily === undefined) throw need('daily_loss', 'the operating loss is the loss per day × the days of interruption');
  if (days === undefined) throw need('days', 'the operating loss is the loss per day × the days of interruption');
  if (claim.karenstid_days === undefined) throw need('karenstid_days', 'the waiting period (karenstid) comes off first (Nyheter og endringer 2024, Driftstap Pluss); 0 when there is none');
  if (claim.cause === undefined) throw need('cause', 'design, material, dimensioning or construction faults, corrosion, wear and faulty installation have their own deductions (Nyheter og endringer 2024, Driftstap Pluss); other otherwise');
  const weakness = WEAKNESS[claim.cause];
  if (weakness !== null && claim.fix_days === undefined) {
    throw need('fix_days', `the time it would have taken to fix the weakness (${weakness}) is deducted (Nyheter og endringer 2024, Driftstap Pluss)`);
  }
  const terms = resolveTerms(claim, ctx, { deductible: false, deductibleIfKnown: true, sum: true, why: 'the operating loss is paid up to the sum insured; state it in the claim or give --policy FILE with a Driftstap coverage' });
  const l = new Ledger();

  l.add(`Driftstap: ${formatKr(daily)} per dag × ${formatRateNo(days)} dager`, C.DRIFTSTAP_LOSS, daily.times(days));
  const k = claim.karenstid_days;
  const waited = k.greaterThan(days) ? days : k;
  l.add(`Karenstid ${formatRateNo(k)} dager`, C.DRIFTSTAP_KARENSTID, neg(ore(daily.times(waited))));
  if (weakness !== null) {
    const afterWaiting = l.total;
    const fix = claim.fix_days!;
    const asked = ore(daily.times(fix));
    const most = pct(afterWaiting, T.weaknessMaxPercent);
    const capped = asked.greaterThan(most);
    l.add(
      `Skade ved ${weakness}: fradrag for tiden det ville tatt å utbedre svakheten, ${formatRateNo(fix)} dager × ${formatKr(daily)}${capped ? `, høyst 50 % av driftstapet (${formatKr(most)})` : ''}`,
      C.DRIFTSTAP,
      neg(capped ? most : asked),
    );
    l.add(`Egenandel 15 % av erstatningen ved skade ved ${weakness}, i tillegg til karenstid`, C.DRIFTSTAP, neg(pct(l.total, T.weaknessDeductiblePercent)));
  }
  if (terms.deductible !== undefined) l.deduct(terms.deductible, C.DRIFTSTAP_DEDUCTIBLE, 'Avtalt egenandel');
  l.cap(terms.sum!, C.SCHEDULE_SUM);
  return finish(claim, l, terms, []);
}
