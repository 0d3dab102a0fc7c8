/**
 * Fritidsbåt — Erstatningsregler Fritidsbåt (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 1320–1380) and the 2024 news for Fritidsbåt (≈ lines 130–146).
 *
 * - Intoxicated person responsible for the boat → not covered (Ruspåvirkning, FAL § 4-9).
 * - Repair: the repair costs (`cost`, or `parts` + `labour`, + `vat`), capped by the sum insured.
 *   Cash settlement: no 50 % reduction of labour any more (news 2024).
 * - Total loss (`total_loss: true`): the market value, capped by the sum insured.
 * - Boats in business (`business_use: true`): compensation ex VAT — a listed `vat` is not paid.
 * - Electronics: «Ett år etter at utstyret ble kjøpt som nytt reduseres erstatningen med 10 % pr.
 *   påbegynte år, maksimum 50 %».
 * - Deductible: none for theft while an FG-approved tracking system with theft alarm was active;
 *   a sailing boat in a regatta: 2 % of the boat's sum insured, at least the agreed deductible.
 */
import { formatKr } from '../../core/money.js';
import { C } from '../clauses.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, pct } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { notCovered } from './motorvogn.js';
import { repairItem } from './repair.js';

export function settleFritidsbat(claim: Claim, ctx: SettleContext): Settlement {
  if (claim.intoxicated === true) {
    return notCovered(claim, 'skade forårsaket mens sikrede eller den ansvarlige for båten var påvirket av rusmidler', C.BAT_INTOX);
  }
  const noDeductible = claim.theft === true && claim.fg_tracking_active === true;
  const terms = resolveTerms(claim, ctx, { deductible: !noDeductible, sum: true });
  const l = new Ledger();
  const notes: string[] = [];
  const business = claim.business_use === true;
  if (claim.total_loss === true) {
    const mv = claim.market_value;
    if (mv === undefined) throw missingFact(claim, undefined, 'market_value', 'a total loss is paid the market value (Erstatningsregler Fritidsbåt, Tap/totalskade)');
    if (claim.items.length > 0) throw badFact(claim, undefined, 'items', 'a total loss is paid the market value; leave the items out');
    l.add(`Totalskade: markedsverdi${business ? ' eks. mva. (båt i næring)' : ''}`, C.BAT_TOTAL, mv);
  } else {
    if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'a repair is settled item by item (or give total_loss: true and market_value)');
    if (claim.market_value !== undefined) throw badFact(claim, undefined, 'market_value', 'is paid only for a total loss (total_loss: true)');
    const rules = {
      halfLabour: false,
      vat: business ? 'båt i næring erstattes eks. mva.' : (true as const),
      repairClause: C.BAT_REPAIR,
      cashClause: C.BAT_NEWS,
      vatClause: business ? C.BAT_NEWS : C.BAT_REPAIR,
      electronicsClause: C.BAT_TOTAL,
    };
    for (const item of claim.items) repairItem(claim, item, l, rules);
    if (claim.cash === true) l.note('Kontanterstatning: arbeid erstattes fullt — det gjøres ikke lenger 50 % fradrag', C.BAT_NEWS);
  }

  if (noDeductible) {
    l.note('Egenandel trekkes ikke: tyveri mens FG-godkjent gjenfinningssystem med tyverialarm var i funksjon', C.BAT_DEDUCTIBLE);
  } else if (claim.regatta === true) {
    const agreed = terms.deductible!;
    const twoPercent = pct(terms.sum!, 2);
    const d = twoPercent.greaterThan(agreed) ? twoPercent : agreed;
    terms.deductible = d;
    terms.deductibleFrom = 'rule';
    l.deduct(d, C.BAT_DEDUCTIBLE, `Egenandel regatta: 2 % av forsikringssummen (${formatKr(twoPercent)}), minst avtalt egenandel ${formatKr(agreed)}`);
  } else {
    l.deduct(terms.deductible!, C.BAT_DEDUCTIBLE);
  }
  l.cap(terms.sum!, claim.total_loss === true ? C.BAT_TOTAL : C.BAT_REPAIR);
  if (business) notes.push('Båt i næring: erstatningen utbetales eks. mva. — beløpene i kravet skal være eks. mva., eller mva. oppgitt i vat.');
  return finish(claim, l, terms, notes);
}
