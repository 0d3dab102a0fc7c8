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
import { formatDateNo, parseDateValue } from '../../core/norsk.js';
import { conditions, krWhole } from '../conditions.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';


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
  const t = conditions(ctx).ansvar;
  const coverage = claim.coverage;
  if (coverage === undefined) throw missingFact(claim, undefined, 'coverage', `bedriftsansvar or produktansvar — the sum and deductible follow the coverage (${t.clauses.deductible})`);
  const change = t.deductible[coverage];
  const name = coverage === 'produktansvar' ? 'Produktansvar' : 'Bedriftsansvar';
  const terms = resolveTerms(claim, ctx, { deductible: false, deductibleIfKnown: true, sum: true });
  const notes: string[] = [];
  const renewal = renewalDate(claim, ctx);
  let label = 'Egenandel per skadetilfelle';
  if (terms.deductible === undefined) {
    if (change === undefined) throw missingFact(claim, undefined, 'deductible', `state it, or give --policy FILE (the terms have no deductible for ${coverage})`);
    if (renewal === undefined) {
      const from = change.previous !== undefined ? `from ${krWhole(change.previous)} ` : '';
      throw missingFact(claim, undefined, 'deductible', `state it, or the policy's ${t.renewalYear} renewal date (renewal_date, in the claim or the policy): the letter changes it ${from}to ${krWhole(change.amount)} at that renewal (${t.deductibleChangeClause})`);
    }
    const after = claim.date >= renewal;
    if (!after && change.previous === undefined) throw missingFact(claim, undefined, 'deductible', `the loss is before the renewal ${renewal}, and the terms give no deductible before it`);
    terms.deductible = after ? change.amount : change.previous!;
    terms.deductibleFrom = 'rule';
    label = after ? `Egenandel ${name.toLowerCase()} fra fornyelsen ${formatDateNo(renewal)}` : `Egenandel ${name.toLowerCase()} før fornyelsen ${formatDateNo(renewal)}`;
  } else if (change !== undefined && renewal !== undefined && claim.date >= renewal && terms.deductible.lessThan(change.amount)) {
    notes.push(`${name}: egenandelen er ${krWhole(change.amount)} fra fornyelsen ${formatDateNo(renewal)} (${t.deductibleChangeClause}); her er oppgitt egenandel brukt.`);
  }
  const l = new Ledger();
  for (const item of claim.items) {
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', 'the amount the insured is liable for');
    l.add(`${item.description}: erstatningsansvar`, coverage === 'produktansvar' ? t.clauses.cover_produktansvar : t.clauses.cover_bedriftsansvar, item.cost);
  }
  if (claim.items.length > 1) {
    l.note(`Serieskade: ${claim.items.length} skader med samme årsak regnes som ett skadetilfelle — én egenandel og én forsikringssum`, t.clauses.series);
  }
  l.deduct(terms.deductible, terms.deductibleFrom === 'rule' ? t.deductibleChangeClause : t.clauses.deductible, label);
  l.cap(terms.sum!, coverage === 'produktansvar' ? t.clauses.sum_produktansvar : t.clauses.sum_bedriftsansvar, 'Begrenset til forsikringssummen per skadetilfelle');
  if (coverage === 'produktansvar') notes.push('Produktansvar: forsikringssummen gjelder også totalt i forsikringsåret — tidligere utbetalinger samme år er ikke med her.');
  return finish(claim, l, terms, notes);
}
