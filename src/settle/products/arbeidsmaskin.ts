/**
 * Arbeidsmaskin — the 2024 renewal news «Arbeidsmaskin» (gjensidige-naering-fornyelse-2024.txt,
 * ≈ lines 148–196) and Erstatningsregler Motorvogn, which speak of «kjøretøy/arbeidsmaskin».
 *
 * - Deductible: agreed deductibles below kr 10 000 (kasko, maskinskade) or kr 7 000 (ansvar) are
 *   raised to those. The letter says so for policies first taken out before 1 November 2022;
 *   newer policies already carry these minimums, so the minimum holds for every claim.
 * - The machine rolled without a driver (`rolled_without_driver`): «Forhøyet egenandel på 15 000
 *   kr»; on a liability claim the third party is paid in full and kr 15 000 is claimed back from
 *   the insured («Dersom skaden ikke utløser egenandel, kreves likevel sikrede for beløpet»).
 * - Cash settlement: labour × 50 %, VAT only when paid.
 * - Avbrudd: compensation only when it exceeds the deductible.
 * - Ulykke (driver/passenger accident): a death with no spouse/cohabitant, children or supported
 *   parents → kr 50 000 (from kr 10 000); otherwise the agreed sum.
 * - Intoxicated driver → not covered (Ruspåvirkning, FAL § 4-9).
 *
 * Choices (README): «forhøyet» means raised to at least kr 15 000 (an agreed deductible above it
 * stays); the amount claimed back is at most what was paid out; a liability claim without a
 * rolling machine has its deductible deducted as usual.
 */
import { Decimal, formatKr } from '../../core/money.js';
import { C } from '../clauses.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { notCovered } from './motorvogn.js';
import { anyVat, repairItem } from './repair.js';

const MIN_DEDUCTIBLE: Readonly<Record<string, Decimal>> = {
  kasko: new Decimal(10_000),
  maskinskade: new Decimal(10_000),
  ansvar: new Decimal(7_000),
};
const ROLLED = new Decimal(15_000);
const DEATH_NO_DEPENDANTS = new Decimal(50_000);

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
  if (cash && anyVat(claim) && claim.vat_paid === undefined) {
    throw missingFact(claim, undefined, 'vat_paid', 'on a cash settlement VAT is paid only when it was paid (Nyheter og endringer 2024, Arbeidsmaskin)');
  }
  const l = new Ledger();
  const notes: string[] = [];
  const rules = {
    halfLabour: cash,
    vat: !cash || claim.vat_paid === true ? (true as const) : 'kontanterstatning, merverdiavgift ikke betalt',
    repairClause: coverage === 'ansvar' ? C.AM_ANSVAR : C.MOTOR_REPAIR,
    cashClause: C.AM_CASH,
    vatClause: cash ? C.AM_CASH : C.MOTOR_REPAIR,
    costLabel: coverage === 'ansvar' ? 'erstatningsansvar overfor tredjemann' : coverage === 'avbrudd' ? 'avbruddstap' : 'reparasjonskostnad',
  };
  for (const item of claim.items) repairItem(claim, item, l, rules);

  // the deductible: the agreed one, raised to the minimum, raised to kr 15 000 when rolling
  const agreed = terms.deductible!;
  let deductible = agreed;
  const why: string[] = [];
  let clause: string = C.MOTOR_DEDUCTIBLE;
  const min = MIN_DEDUCTIBLE[coverage];
  if (min !== undefined && deductible.lessThan(min)) {
    deductible = min;
    why.push(`avtalt ${formatKr(agreed)} er hevet til minst ${formatKr(min)}`);
    clause = C.AM_DEDUCTIBLE_MIN;
  }
  const rolled = claim.rolled_without_driver === true;
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
    l.note(`${label}: tredjemann får full erstatning; egenandelen kreves tilbake fra sikrede (regress)`, C.AM_ROLLED);
    recourse = deductible.greaterThan(l.total) ? l.total : deductible;
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
