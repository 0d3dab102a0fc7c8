/**
 * Ansvar — Erstatningsregler Ansvar (gjensidige-naering-fornyelse-2024.txt, ≈ lines 1215–1290)
 * and the 2024 renewal news «Ansvar – Endring i egenandeler» (≈ lines 98–103).
 *
 * - One event: all damage from the same cause, or a connected chain of events, is one event
 *   (Serieskade): the claim's items are that event's damages — one deductible, one sum.
 * - The deductible per event («ved hvert skadetilfelle»): Bedriftsansvar and Produktansvar
 *   kr 15 000 from 2024 («Fra kr 10 000 til kr 15 000»).
 * - The sum insured per event (bedriftsansvar: «gjelder ved hvert skadetilfelle»; produktansvar
 *   also «totalt i forsikringsåret» — the year's aggregate is not known to one claim).
 *
 * Choice (README): without a deductible in the claim or policy, a loss from 2024-01-01 takes the
 * letter's kr 15 000 (DESIGN §3); a loss before 2024 needs it stated. A stated deductible is used
 * as stated, with a note when it is below kr 15 000 on a loss from 2024.
 */
import { Decimal } from '../../core/money.js';
import { C } from '../clauses.js';
import { missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';

const FROM_2024 = new Decimal(15_000);
const NEWS_DATE = '2024-01-01';

export function settleAnsvar(claim: Claim, ctx: SettleContext): Settlement {
  const coverage = claim.coverage;
  if (coverage === undefined) throw missingFact(claim, undefined, 'coverage', 'bedriftsansvar or produktansvar — the sum and deductible follow the coverage (Erstatningsregler Ansvar)');
  const name = coverage === 'produktansvar' ? 'Produktansvar' : 'Bedriftsansvar';
  const from2024 = claim.date >= NEWS_DATE;
  const terms = resolveTerms(claim, ctx, { deductible: !from2024, deductibleIfKnown: true, sum: true });
  const notes: string[] = [];
  if (terms.deductible === undefined) {
    terms.deductible = FROM_2024;
    terms.deductibleFrom = 'rule';
  } else if (from2024 && terms.deductible.lessThan(FROM_2024)) {
    notes.push(`${name}: egenandelen er kr 15 000 fra 2024 (Nyheter og endringer 2024, Ansvar); her er oppgitt egenandel brukt.`);
  }
  const l = new Ledger();
  for (const item of claim.items) {
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', 'the amount the insured is liable for');
    l.add(`${item.description}: erstatningsansvar`, coverage === 'produktansvar' ? C.ANSVAR_COVER_PRODUKT : C.ANSVAR_COVER_BEDRIFT, item.cost);
  }
  if (claim.items.length > 1) {
    l.note(`Serieskade: ${claim.items.length} skader med samme årsak regnes som ett skadetilfelle — én egenandel og én forsikringssum`, C.ANSVAR_SERIES);
  }
  const label = terms.deductibleFrom === 'rule' ? `Egenandel ${name.toLowerCase()} fra 2024` : 'Egenandel per skadetilfelle';
  l.deduct(terms.deductible, terms.deductibleFrom === 'rule' ? C.ANSVAR_NEWS : C.ANSVAR_DEDUCTIBLE, label);
  l.cap(terms.sum!, coverage === 'produktansvar' ? C.ANSVAR_SUM_PRODUKT : C.ANSVAR_SUM_BEDRIFT, 'Begrenset til forsikringssummen per skadetilfelle');
  if (coverage === 'produktansvar') notes.push('Produktansvar: forsikringssummen gjelder også totalt i forsikringsåret — tidligere utbetalinger samme år er ikke med her.');
  return finish(claim, l, terms, notes);
}
