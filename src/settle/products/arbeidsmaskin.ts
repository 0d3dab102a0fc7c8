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
import { formatDateLong } from '../clauses.js';
import { C, intoxicated } from '../clauses.js';
import { conditions, n } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { notCovered, vehicleVat } from './motorvogn.js';
import { anyVat, repairItem, type RepairRules } from './repair.js';


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
  const c = conditions(ctx);
  const t = c.arbeidsmaskin;
  // «Erstatningsregler Motorvogn … kjøretøy/arbeidsmaskin»: repair and deductible clauses of motorvogn
  const m = c.motorvogn;
  const coverage = claim.coverage;
  if (coverage === undefined) throw missingFact(claim, undefined, 'coverage', 'kasko, maskinskade, ansvar, avbrudd or ulykke — the deductible rules depend on it');
  if (claim.intoxicated === true) {
    return notCovered(claim, 'skade voldt mens føreren var påvirket av alkohol eller annet berusende eller bedøvende middel', intoxicated(m.intoxicatedClause));
  }
  if (coverage === 'ulykke') return accident(claim, ctx, t.deathNoDependants);

  if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'the damage is settled item by item');
  const terms = resolveTerms(claim, ctx, { deductible: true, sum: true });
  const cash = claim.cash === true;
  if (cash && anyVat(claim) && claim.vat_paid === undefined && claim.vat_registered !== true) {
    throw missingFact(claim, undefined, 'vat_paid', `on a cash settlement VAT is paid only when it was paid (${t.cashLabourPercent.clause})`);
  }
  const l = new Ledger();
  const notes: string[] = [];
  const rules: RepairRules = {
    cashLabourPercent: cash ? t.cashLabourPercent.value : undefined,
    ...vehicleVat(m, claim, cash, t.cashLabourPercent.clause),
    repairClause: coverage === 'ansvar' ? C.AM_ANSVAR : m.repairClause,
    cashClause: t.cashLabourPercent.clause,
    improvementClause: m.repairClause,
    costLabel: coverage === 'ansvar' ? 'erstatningsansvar overfor tredjemann' : coverage === 'avbrudd' ? 'avbruddstap' : 'reparasjonskostnad',
  };
  for (const item of claim.items) repairItem(claim, item, l, rules);

  const agreed = terms.deductible!;
  const rolled = claim.rolled_without_driver === true;
  const { deductible, clause, label } = machineDeductible(claim, ctx, coverage, agreed, rolled, notes);
  if (!deductible.equals(agreed)) {
    terms.deductible = deductible;
    terms.deductibleFrom = 'rule';
  }
  const ROLLED = t.rolled.value;

  let recourse: Decimal | undefined;
  if (coverage === 'ansvar' && rolled) {
    // the third party is paid in full; the deductible is claimed back from the insured
    l.cap(terms.sum!, C.SCHEDULE_SUM);
    // «Dersom skaden ikke utløser egenandel, kreves likevel sikrede for beløpet, 15 000 kr»
    recourse = deductible.greaterThan(l.total) ? (l.total.greaterThan(ROLLED) ? l.total : ROLLED) : deductible;
    const below = deductible.greaterThan(l.total) ? ` — skaden utløser ikke egenandel, sikrede kreves likevel for ${formatKr(recourse)}` : '';
    l.note(`${label}: tredjemann får full erstatning; ${formatKr(recourse)} kreves tilbake fra sikrede (regress)${below}`, t.rolled.clause);
  } else {
    if (coverage === 'avbrudd' && !l.total.greaterThan(deductible)) {
      l.note(`Avbrudd: erstatningen (${formatKr(l.total)}) overstiger ikke egenandelen — ingen erstatning`, t.avbruddClause);
    }
    l.deduct(deductible, clause, label);
    l.cap(terms.sum!, C.SCHEDULE_SUM);
  }
  const s = finish(claim, l, terms, notes);
  if (recourse !== undefined && !recourse.isZero()) s.recourse = recourse;
  return s;
}

/** The deductible: the agreed one, raised to the minimum, raised to kr 15 000 when rolling — with its clause and label. */
function machineDeductible(
  claim: Claim,
  ctx: SettleContext,
  coverage: NonNullable<Claim['coverage']>,
  agreed: Decimal,
  rolled: boolean,
  notes: string[],
): { deductible: Decimal; clause: string; label: string } {
  const c = conditions(ctx);
  const t = c.arbeidsmaskin;
  let deductible = agreed;
  const why: string[] = [];
  let clause: string = c.motorvogn.deductibleClause;
  const minimum = t.minimumDeductible[coverage];
  const ROLLED = t.rolled.value;
  // a rolling machine's higher deductible is above every minimum: when the policy was taken out does not matter then
  if (minimum !== undefined && deductible.lessThan(minimum) && !(rolled && minimum.lessThanOrEqualTo(ROLLED))) {
    const start = policyStart(claim, ctx);
    const before = t.minimumBefore.value;
    if (start === undefined) {
      throw missingFact(claim, undefined, 'policy_start', `the agreed deductible ${formatKr(agreed)} is raised to kr ${formatNumberNo(minimum, 0)} for policies first taken out before ${before} (${t.minimumClause}); state when the policy was first taken out`);
    }
    if (start < before) {
      deductible = minimum;
      why.push(`avtalt ${formatKr(agreed)} er hevet til minst ${formatKr(deductible)}, polisen tegnet ${formatDateNo(start)}`);
      clause = t.minimumClause;
    } else {
      notes.push(`Polisen er tegnet ${formatDateNo(start)}, ikke før ${formatDateLong(before)}: minsteegenandelen i ${t.minimumClause} gjelder ikke; avtalt egenandel ${formatKr(agreed)} er brukt.`);
    }
  }
  if (rolled && deductible.lessThan(ROLLED)) {
    deductible = ROLLED;
    why.push(`forhøyet egenandel ${formatKr(ROLLED)}: maskinen trillet uten fører`);
    clause = t.rolled.clause;
  }
  return { deductible, clause, label: why.length > 0 ? `Egenandel (${why.join('; ')})` : 'Egenandel' };
}

/** Fører- og passasjerulykke: a death without dependants is kr 50 000; otherwise the agreed sum. */
function accident(claim: Claim, ctx: SettleContext, death: { value: Decimal; clause: string }): Settlement {
  if (claim.items.length > 0) throw badFact(claim, undefined, 'items', 'a driver/passenger accident (coverage ulykke) has no items');
  const alone = claim.deceased_without_dependants;
  if (alone === undefined) {
    throw missingFact(claim, undefined, 'deceased_without_dependants', `a death with no spouse/cohabitant, children or supported parents is paid kr ${n(death.value)} (${death.clause})`);
  }
  const l = new Ledger();
  if (alone) {
    l.add('Fører- og passasjerulykke: dødsfall uten ektefelle/samboer, barn eller forsørgede foreldre', death.clause, death.value);
    return finish(claim, l, undefined, []);
  }
  const terms = resolveTerms(claim, ctx, { deductible: false, sum: true, why: 'the agreed sum of the accident cover is paid on a death with dependants; state it in the claim or give --policy FILE' });
  l.add('Fører- og passasjerulykke: dødsfall, avtalt forsikringssum', C.SCHEDULE_SUM, terms.sum!);
  return finish(claim, l, terms, []);
}
