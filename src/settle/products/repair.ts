/**
 * Repair items of vehicles, boats and machines (motorvogn, fritidsbat, arbeidsmaskin): an item
 * is a lump `cost`, or `parts` and `labour`, with `vat` (the VAT part) listed separately.
 *
 * - Cash settlement (kontanterstatning) of a vehicle or machine: labour is paid at 50 %, VAT
 *   only when it was paid (Erstatningsregler Motorvogn, «Når kjøretøy/arbeidsmaskin kan
 *   repareres»; the same text in the 2024 news for Arbeidsmaskin). Boats: no longer any 50 %
 *   reduction (news 2024, Fritidsbåt).
 * - Retrofitted electronics (`category: elektronikk`): «Ett år etter at utstyret ble kjøpt som nytt,
 *   reduseres erstatningen med 10 % pr. påbegynte år, maksimum 50 %» — on the item's
 *   compensation.
 * - An improvement the repair brings (`improvement`): «Innebærer reparasjonen en forbedring,
 *   gjøres det fradrag tilsvarende verdien av forbedringen» (Motorvogn, Fritidsbåt) — but «Det
 *   gjøres ingen fratrukk for mast eller rigg» (Fritidsbåt, `category: mast_rigg`).
 */
import { Decimal, formatKr } from '../../core/money.js';
import { ageText, agePercent, type AgeRule } from '../age.js';
import { badFact, missingFact } from '../errors.js';
import { Ledger, neg, pct } from '../ledger.js';
import type { Claim, Item } from '../types.js';

export interface RepairRules {
  /** Cash settlement: labour paid at this percent; undefined: labour in full. */
  cashLabourPercent?: number;
  /** Whether the VAT of the items is paid; a string says why not. */
  vat: true | string;
  repairClause: string;
  cashClause: string;
  vatClause: string;
  /** The electronics age deduction and its clause; undefined: the product has none. */
  electronics?: AgeRule;
  electronicsClause?: string;
  /** The clause of the deduction for an improvement. */
  improvementClause: string;
  /** Items of this category get no deduction for an improvement (Fritidsbåt: mast og rigg). */
  noImprovementFor?: string;
  /** What a lump `cost` is called (default «reparasjonskostnad»). */
  costLabel?: string;
}

/** One item's compensation, as steps. */
export function repairItem(claim: Claim, item: Item, l: Ledger, r: RepairRules): void {
  const d = item.description;
  if (item.cost !== undefined && (item.labour !== undefined || item.parts !== undefined)) {
    throw badFact(claim, item, 'cost', 'give cost, or labour and parts — not both');
  }
  if (item.cost === undefined && item.labour === undefined && item.parts === undefined) {
    throw missingFact(claim, item, 'cost', 'the repair cost of the item (or its labour and parts)');
  }
  const half = r.cashLabourPercent;
  if (half !== undefined && item.cost !== undefined) {
    throw missingFact(claim, item, 'labour', `on a cash settlement labour is paid at ${half} % (${r.cashClause}); give labour and parts instead of cost`);
  }
  const before = l.total;
  if (item.cost !== undefined) l.add(`${d}: ${r.costLabel ?? 'reparasjonskostnad'}`, r.repairClause, item.cost);
  if (item.parts !== undefined) l.add(`${d}: deler`, r.repairClause, item.parts);
  if (item.labour !== undefined) {
    l.add(`${d}: arbeid`, r.repairClause, item.labour);
    if (half !== undefined && !item.labour.isZero()) {
      l.add(`${d}: kontanterstatning — arbeid erstattes med ${half} %`, r.cashClause, neg(item.labour.minus(pct(item.labour, half))));
    }
  }
  if (item.improvement !== undefined && !item.improvement.isZero()) {
    if (r.noImprovementFor !== undefined && item.category === r.noImprovementFor) {
      l.note(`${d}: forbedring ${formatKr(item.improvement)} — det gjøres ingen fratrekk for mast eller rigg`, r.improvementClause);
    } else {
      const most = l.total.minus(before);
      const take = item.improvement.greaterThan(most) ? most : item.improvement;
      l.add(`${d}: fradrag for verdien av forbedringen`, r.improvementClause, neg(take));
    }
  }
  if (item.vat !== undefined && !item.vat.isZero()) {
    if (r.vat === true) l.add(`${d}: merverdiavgift`, r.vatClause, item.vat);
    else l.note(`${d}: merverdiavgift ${formatKr(item.vat)} erstattes ikke — ${r.vat}`, r.vatClause);
  }
  if (item.category === 'elektronikk') {
    const rule = r.electronics;
    if (rule === undefined || r.electronicsClause === undefined) throw badFact(claim, item, 'category', 'has no age rule in this product');
    const { steps, percent } = agePercent(claim, item, rule, `the age deduction for electronics (${r.electronicsClause}) needs the age`);
    const base: Decimal = l.total.minus(before);
    if (steps === 0) l.note(`${d}: elektronisk utstyr, ingen aldersfradrag (${ageText(item)}; fradrag ett år etter kjøp)`, r.electronicsClause);
    else {
      const capped = percent < steps * rule.perYear ? `, høyst ${rule.max} %` : '';
      l.add(`${d}: aldersfradrag elektronisk utstyr ${rule.perYear} % × ${steps} påbegynte år etter første år (${ageText(item)}) = ${percent} %${capped}`, r.electronicsClause, neg(pct(base, percent)));
    }
  } else if (item.age_years !== undefined || item.purchased !== undefined) {
    throw badFact(claim, item, item.age_years !== undefined ? 'age_years' : 'purchased', 'only electronics (category: elektronikk) are deducted for age here');
  }
}

/** Does any item list VAT (so a cash settlement needs to know whether it was paid)? */
export function anyVat(claim: Claim): boolean {
  for (const it of claim.items) if (it.vat !== undefined && !it.vat.isZero()) return true;
  return false;
}
