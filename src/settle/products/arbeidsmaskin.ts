/**
 * Arbeidsmaskin — the 2024 renewal news «Arbeidsmaskin» (gjensidige-naering-fornyelse-2024.txt,
 * ≈ lines 148–196) and Erstatningsregler Motorvogn, which speak of «kjøretøy/arbeidsmaskin».
 * Numbers: conditions.ts.
 *
 * - Deductible: «Gjelder for alle arbeidsmaskinforsikringer som ble tegnet første gang før
 *   1. november 2022: … Har du hatt lavere egenandel enn kr 10 000, vil denne økes til
 *   kr 10 000» (kasko, maskinskade; ansvar kr 7 000). The claim (or its policy) states
 *   `policy_start`; when the agreed deductible is below the minimum and the start is not known,
 *   that is an input error — the letter says nothing about newer policies, so never assume.
 * - The machine rolled without a driver (`rolled_without_driver`): «Forhøyet egenandel på 15 000
 *   kr»; on a liability claim the third party is paid in full and the deductible is claimed back
 *   from the insured — «Dersom skaden ikke utløser egenandel, kreves likevel sikrede for beløpet,
 *   15 000 kr»: kr 15 000 even when the damage is smaller.
 * - Cash settlement: labour × 50 %, VAT only when paid; an insured who deducts VAT is paid ex VAT;
 *   an improvement is deducted.
 * - Avbrudd: compensation only when it exceeds the deductible.
 * - Ulykke (driver/passenger accident): a death with no spouse/cohabitant, children or supported
 *   parents → kr 50 000 (from kr 10 000); otherwise the agreed sum.
 * - Intoxicated driver → not covered (Ruspåvirkning, FAL § 4-9).
 *
 * Readings (docs/settle.md): «forhøyet» means raised to at least kr 15 000 (an agreed deductible
 * above it stays); a liability claim without a rolling machine has its deductible deducted as
 * usual; the recourse of a rolling machine on a liability claim is the deductible, and
 * kr 15 000 when the damage is below the deductible.
 */
import { InputError } from '../../core/errors.js';
import { Decimal, formatKr, formatNumberNo } from '../../core/money.js';
import { formatDateNo, parseDateValue } from '../../core/norsk.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { notCovered, vehicleVat } from './motorvogn.js';
import { anyVat, repairItem, type RepairRules } from './repair.js';

const T = CONDITIONS.arbeidsmaskin;
const ROLLED = new Decimal(T.rolled);
const DEATH_NO_DEPENDANTS = new Decimal(T.deathNoDependants);

/** The date the policy was first taken out: the claim's, else its policy's. */
function policyStart(claim: Claim, ctx: SettleContext): string | undefined {
  if (claim.policy_start !== undefined) return claim.policy_start;
  const p = (ctx.policy as { policy_start?: unknown } | undefined)?.policy_start;
  if (p === undefined || p === null) return undefined;
  try {
    return parseDateValue(p);
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, { file: ctx.policyFile, field: 'policy_start' }) : e;
  }
}

export function settleArbeidsmaskin(claim: Claim, ctx: SettleContext): Settlement {
  const coverage = claim.coverage;
  if (coverage === undefined) throw missingFact(claim, undefined, 'coverage', 'kasko, maskinskade, ansvar, avbrudd or ulykke — the deductible rules depend on it');
  if (claim.intoxicated === true) {
    return notCovered(claim, 'skade voldt mens føreren var påvirket av alkohol eller annet berusende eller bedøvende middel', C.MOTOR_INTOX);
  }
  if (coverage === 'ulykke') return accident(claim, ctx);

  if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'the damage is settled item by item');
  const terms = resolveTerms(claim, ctx, { deductible: true, sum: true });
  const cash = claim.cash === true;
  if (cash && anyVat(claim) && claim.vat_paid === undefined && claim.vat_registered !== true) {
    throw missingFact(claim, undefined, 'vat_paid', 'on a cash settlement VAT is paid only when it was paid (Nyheter og endringer 2024, Arbeidsmaskin)');
  }
  const l = new Ledger();
  const notes: string[] = [];
  const rules: RepairRules = {
    cashLabourPercent: cash ? T.cashLabourPercent : undefined,
    ...vehicleVat(claim, cash, C.AM_CASH),
    repairClause: coverage === 'ansvar' ? C.AM_ANSVAR : C.MOTOR_REPAIR,
    cashClause: C.AM_CASH,
    improvementClause: C.MOTOR_REPAIR,
    costLabel: coverage === 'ansvar' ? 'erstatningsansvar overfor tredjemann' : coverage === 'avbrudd' ? 'avbruddstap' : 'reparasjonskostnad',
  };
  for (const item of claim.items) repairItem(claim, item, l, rules);

  // the deductible: the agreed one, raised to the minimum, raised to kr 15 000 when rolling
  const agreed = terms.deductible!;
  let deductible = agreed;
  const why: string[] = [];
  let clause: string = C.MOTOR_DEDUCTIBLE;
  const minimum = T.minimumDeductible[coverage];
  const rolled = claim.rolled_without_driver === true;
  // a rolling machine's kr 15 000 is above every minimum: when the policy was taken out does not matter then
  if (minimum !== undefined && deductible.lessThan(minimum) && !(rolled && minimum <= T.rolled)) {
    const start = policyStart(claim, ctx);
    if (start === undefined) {
      throw missingFact(claim, undefined, 'policy_start', `the agreed deductible ${formatKr(agreed)} is raised to kr ${formatNumberNo(minimum, 0)} for policies first taken out before 1 November 2022 (Nyheter og endringer 2024, Arbeidsmaskin); state when the policy was first taken out`);
    }
    if (start < T.minimumBefore) {
      deductible = new Decimal(minimum);
      why.push(`avtalt ${formatKr(agreed)} er hevet til minst ${formatKr(deductible)}, polisen tegnet ${formatDateNo(start)}`);
      clause = C.AM_DEDUCTIBLE_MIN;
    } else {
      notes.push(`Polisen er tegnet ${formatDateNo(start)}, ikke før 1. november 2022: minsteegenandelen i Nyheter og endringer 2024 gjelder ikke; avtalt egenandel ${formatKr(agreed)} er brukt.`);
    }
  }
  if (rolled && deductible.lessThan(ROLLED)) {
    deductible = ROLLED;
    why.push('forhøyet egenandel kr 15 000,00: maskinen trillet uten fører');
    clause = C.AM_ROLLED;
  }
  if (!deductible.equals(agreed)) {
    terms.deductible = deductible;
    terms.deductibleFrom = 'rule';
  }
  const label = why.length > 0 ? `Egenandel (${why.join('; ')})` : 'Egenandel';

  let recourse: Decimal | undefined;
  if (coverage === 'ansvar' && rolled) {
    // the third party is paid in full; the deductible is claimed back from the insured
    l.cap(terms.sum!, C.SCHEDULE_SUM);
    // «Dersom skaden ikke utløser egenandel, kreves likevel sikrede for beløpet, 15 000 kr»
    recourse = deductible.greaterThan(l.total) ? (l.total.greaterThan(ROLLED) ? l.total : ROLLED) : deductible;
    const below = deductible.greaterThan(l.total) ? ` — skaden utløser ikke egenandel, sikrede kreves likevel for ${formatKr(recourse)}` : '';
    l.note(`${label}: tredjemann får full erstatning; ${formatKr(recourse)} kreves tilbake fra sikrede (regress)${below}`, C.AM_ROLLED);
  } else {
    if (coverage === 'avbrudd' && !l.total.greaterThan(deductible)) {
      l.note(`Avbrudd: erstatningen (${formatKr(l.total)}) overstiger ikke egenandelen — ingen erstatning`, C.AM_AVBRUDD);
    }
    l.deduct(deductible, clause, label);
    l.cap(terms.sum!, C.SCHEDULE_SUM);
  }
  const s = finish(claim, l, terms, notes);
  if (recourse !== undefined && !recourse.isZero()) s.recourse = recourse;
  return s;
}

/** Fører- og passasjerulykke: a death without dependants is kr 50 000; otherwise the agreed sum. */
function accident(claim: Claim, ctx: SettleContext): Settlement {
  if (claim.items.length > 0) throw badFact(claim, undefined, 'items', 'a driver/passenger accident (coverage ulykke) has no items');
  const alone = claim.deceased_without_dependants;
  if (alone === undefined) {
    throw missingFact(claim, undefined, 'deceased_without_dependants', 'a death with no spouse/cohabitant, children or supported parents is paid kr 50 000 (Nyheter og endringer 2024, Arbeidsmaskin)');
  }
  const l = new Ledger();
  if (alone) {
    l.add('Fører- og passasjerulykke: dødsfall uten ektefelle/samboer, barn eller forsørgede foreldre', C.AM_ULYKKE, DEATH_NO_DEPENDANTS);
    return finish(claim, l, undefined, []);
  }
  const terms = resolveTerms(claim, ctx, { deductible: false, sum: true, why: 'the agreed sum of the accident cover is paid on a death with dependants; state it in the claim or give --policy FILE' });
  l.add('Fører- og passasjerulykke: dødsfall, avtalt forsikringssum', C.SCHEDULE_SUM, terms.sum!);
  return finish(claim, l, terms, []);
}
