/**
 * Ansvar — Erstatningsregler Ansvar (gjensidige-naering-fornyelse-2024.txt, ≈ lines 1215–1290)
 * and the 2024 renewal news «Ansvar – Endring i egenandeler» (≈ lines 98–103).
 *
 * - One event: all damage from the same cause, or a connected chain of events, is one event
 *   (Serieskade): the claim's items are that event's damages — one deductible, one sum.
 * - The deductible per event («ved hvert skadetilfelle»), as the schedule (claim or policy)
 *   states it. The renewal letter «Endring i egenandeler: Bedriftsansvar / Produktansvar Fra
 *   kr 10 000 til kr 15 000» changes it at the policy's 2024 renewal — its `renewal_date` (from
 *   the policy, or the claim): without a stated deductible, a loss on or after that date has
 *   kr 15 000 and one before it kr 10 000; without the renewal date either, that is an input
 *   error (never a calendar guess). A stated deductible below kr 15 000 on a loss from the
 *   renewal is used as stated, with a note.
 * - The sum insured per event (bedriftsansvar: «gjelder ved hvert skadetilfelle»; produktansvar
 *   also «totalt i forsikringsåret» — the year's aggregate is not known to one claim).
 * Numbers: conditions.ts.
 */
import { InputError } from '../../core/errors.js';
import { Decimal } from '../../core/money.js';
import { formatDateNo, parseDateValue } from '../../core/norsk.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';

const T = CONDITIONS.ansvar;
const BEFORE = new Decimal(T.deductibleBefore);
const FROM = new Decimal(T.deductibleFrom);

/** The policy's 2024 renewal date: the claim's, else the policy's. */
function renewalDate(claim: Claim, ctx: SettleContext): string | undefined {
  if (claim.renewal_date !== undefined) return claim.renewal_date;
  const r = ctx.policy?.renewal_date;
  if (r === undefined || r === null) return undefined;
  try {
    return parseDateValue(r);
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, { file: ctx.policyFile, field: 'renewal_date' }) : e;
  }
}

export function settleAnsvar(claim: Claim, ctx: SettleContext): Settlement {
  const coverage = claim.coverage;
  if (coverage === undefined) throw missingFact(claim, undefined, 'coverage', 'bedriftsansvar or produktansvar — the sum and deductible follow the coverage (Erstatningsregler Ansvar)');
  const name = coverage === 'produktansvar' ? 'Produktansvar' : 'Bedriftsansvar';
  const terms = resolveTerms(claim, ctx, { deductible: false, deductibleIfKnown: true, sum: true });
  const notes: string[] = [];
  const renewal = renewalDate(claim, ctx);
  let label = 'Egenandel per skadetilfelle';
  if (terms.deductible === undefined) {
    if (renewal === undefined) {
      throw missingFact(claim, undefined, 'deductible', `state it, or the policy's 2024 renewal date (renewal_date, in the claim or the policy): the letter changes it from kr 10 000 to kr 15 000 at that renewal (Nyheter og endringer 2024, Ansvar)`);
    }
    const after = claim.date >= renewal;
    terms.deductible = after ? FROM : BEFORE;
    terms.deductibleFrom = 'rule';
    label = after ? `Egenandel ${name.toLowerCase()} fra fornyelsen ${formatDateNo(renewal)}` : `Egenandel ${name.toLowerCase()} før fornyelsen ${formatDateNo(renewal)}`;
  } else if (renewal !== undefined && claim.date >= renewal && terms.deductible.lessThan(FROM)) {
    notes.push(`${name}: egenandelen er kr 15 000 fra fornyelsen ${formatDateNo(renewal)} (Nyheter og endringer 2024, Ansvar); her er oppgitt egenandel brukt.`);
  }
  const l = new Ledger();
  for (const item of claim.items) {
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', 'the amount the insured is liable for');
    l.add(`${item.description}: erstatningsansvar`, coverage === 'produktansvar' ? C.ANSVAR_COVER_PRODUKT : C.ANSVAR_COVER_BEDRIFT, item.cost);
  }
  if (claim.items.length > 1) {
    l.note(`Serieskade: ${claim.items.length} skader med samme årsak regnes som ett skadetilfelle — én egenandel og én forsikringssum`, C.ANSVAR_SERIES);
  }
  l.deduct(terms.deductible, terms.deductibleFrom === 'rule' ? C.ANSVAR_NEWS : C.ANSVAR_DEDUCTIBLE, label);
  l.cap(terms.sum!, coverage === 'produktansvar' ? C.ANSVAR_SUM_PRODUKT : C.ANSVAR_SUM_BEDRIFT, 'Begrenset til forsikringssummen per skadetilfelle');
  if (coverage === 'produktansvar') notes.push('Produktansvar: forsikringssummen gjelder også totalt i forsikringsåret — tidligere utbetalinger samme år er ikke med her.');
  return finish(claim, l, terms, notes);
}
