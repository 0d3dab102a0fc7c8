/**
 * Fritidsbåt — Erstatningsregler Fritidsbåt (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 1320–1380) and the 2024 news for Fritidsbåt (≈ lines 126–146). Numbers: conditions.ts.
 *
 * Order, in the conditions' own words: the repair costs («erstattes reparasjonskostningene
 * begrenset til forsikringssummen») or, at a total loss, the market value («Erstatningen er
 * begrenset til forsikringssummen») are first capped by the sum insured; then «Avtalt egenandel
 * trekkes fra erstatningsoppgjøret» — repair 900 000, sum 850 000, deductible 5 000 → 845 000.
 *
 * - Intoxicated person responsible for the boat → not covered (Ruspåvirkning, FAL § 4-9).
 * - Repair: the repair costs (`cost`, or `parts` + `labour`, + `vat`); an improvement is deducted,
 *   except for mast or rigging («Det gjøres ingen fratrukk for mast eller rigg»). Cash
 *   settlement: no 50 % reduction of labour any more (news 2024).
 * - Total loss (`total_loss: true`): the market value.
 * - Boats in business (`business_use`) and insured who deduct VAT (`vat_registered`): ex VAT —
 *   a listed `vat` is not paid.
 * - Electronics: «Det beregnes aldersfradrag for elektronisk utstyr: Ett år etter at utstyret ble
 *   kjøpt som nytt reduseres erstatningen med 10 % pr. påbegynte år, maksimum 50 %» — a sentence
 *   of its own after the total-loss paragraph; read as applying to electronics repaired or lost.
 * - Deductible: none for theft while an FG-approved tracking system with theft alarm was active;
 *   a sailing boat in a regatta: 2 % of the boat's sum insured, at least the agreed deductible.
 */
import { formatKr } from '../../core/money.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, pct } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, SettleContext, Settlement } from '../types.js';
import { notCovered } from './motorvogn.js';
import { repairItem, type RepairRules } from './repair.js';

const T = CONDITIONS.fritidsbat;

export function settleFritidsbat(claim: Claim, ctx: SettleContext): Settlement {
  if (claim.intoxicated === true) {
    return notCovered(claim, 'skade forårsaket mens sikrede eller den ansvarlige for båten var påvirket av rusmidler', C.BAT_INTOX);
  }
  const noDeductible = claim.theft === true && claim.fg_tracking_active === true;
  const terms = resolveTerms(claim, ctx, { deductible: !noDeductible, sum: true });
  const l = new Ledger();
  const notes: string[] = [];
  const exVat = claim.business_use === true ? 'båt i næring erstattes eks. mva.' : claim.vat_registered === true ? 'sikrede har fradrag for merverdiavgift' : undefined;
  if (claim.total_loss === true) {
    const mv = claim.market_value;
    if (mv === undefined) throw missingFact(claim, undefined, 'market_value', 'a total loss is paid the market value (Erstatningsregler Fritidsbåt, Tap/totalskade)');
    if (claim.items.length > 0) throw badFact(claim, undefined, 'items', 'a total loss is paid the market value; leave the items out');
    l.add(`Totalskade: markedsverdi${exVat !== undefined ? ` eks. mva. (${exVat})` : ''}`, C.BAT_TOTAL, mv);
  } else {
    if (claim.items.length === 0) throw missingFact(claim, undefined, 'items', 'a repair is settled item by item (or give total_loss: true and market_value)');
    if (claim.market_value !== undefined) throw badFact(claim, undefined, 'market_value', 'is paid only for a total loss (total_loss: true)');
    const rules: RepairRules = {
      vat: exVat ?? true,
      repairClause: C.BAT_REPAIR,
      cashClause: C.BAT_NEWS,
      vatClause: exVat !== undefined ? C.BAT_NEWS : C.BAT_REPAIR,
      electronics: T.electronics,
      electronicsClause: C.BAT_ELECTRONICS,
      improvementClause: C.BAT_REPAIR,
      noImprovementFor: 'mast_rigg',
    };
    for (const item of claim.items) repairItem(claim, item, l, rules);
    if (claim.cash === true) l.note('Kontanterstatning: arbeid erstattes fullt — det gjøres ikke lenger 50 % fradrag', C.BAT_NEWS);
  }
  // «begrenset til forsikringssummen» first, then the deductible «trukket fra erstatningsoppgjøret»
  l.cap(terms.sum!, claim.total_loss === true ? C.BAT_TOTAL : C.BAT_REPAIR);
  if (noDeductible) {
    l.note('Egenandel trekkes ikke: tyveri mens FG-godkjent gjenfinningssystem med tyverialarm var i funksjon', C.BAT_DEDUCTIBLE);
  } else if (claim.regatta === true) {
    const agreed = terms.deductible!;
    const twoPercent = pct(terms.sum!, T.regattaPercent);
    const d = twoPercent.greaterThan(agreed) ? twoPercent : agreed;
    terms.deductible = d;
    terms.deductibleFrom = 'rule';
    l.deduct(d, C.BAT_DEDUCTIBLE, `Egenandel regatta: 2 % av forsikringssummen (${formatKr(twoPercent)}), minst avtalt egenandel ${formatKr(agreed)}`);
  } else {
    l.deduct(terms.deductible!, C.BAT_DEDUCTIBLE);
  }
  if (exVat !== undefined) notes.push(`Erstatningen utbetales eks. mva. (${exVat}): beløpene i kravet skal være eks. mva., eller mva. oppgitt i vat.`);
  return finish(claim, l, terms, notes);
}
