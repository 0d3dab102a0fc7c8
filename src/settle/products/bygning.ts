/**
 * Bygning — Erstatningsregler Bygning 2, 6–8 (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 925–1050), the Næringsbygg cover (ting midlertidig borte fra forsikringsstedet) and the 2024
 * renewal news (utvendige rørledninger; Husleietap – tap av egne lokaler). Every number and clause
 * comes from the terms (conditions.ts); the figures below are those of gjensidige-naering-2024.
 *
 * Order of the statement:
 * 1. each item's repair cost (6.1: cost of repair to the same state, access work included), and
 *    its VAT unless the insured deducts it (2: «Der sikrede har fradrag for merverdiavgift,
 *    erstatter Gjensidige kostnadene uten denne avgiften»); costs of a public order (påbud) only
 *    when the damage is repaired (7: «Erstatningen forfaller først til betaling når skaden er
 *    utbedret»); things away from the insured place at most kr 2 000 000;
 * 2. age deductions of the special objects (8), on the item's whole cost incl. access work:
 *    - «i stedet for egenandel»: fyringskjel 5 %/yr older than 5 yr; varmekabler 10 %/yr older
 *      than 15 (a point repair: deductible only); vvs (other heating, cooling, ventilation, VVS)
 *      5 %/yr from 10, max 80 %; boblebad 10 %/yr from 5, max 80 % — deducted instead of the
 *      deductible when they exceed it;
 *    - «både aldersfradrag og egenandel»: utvendig_ror (not plastic or fibreglass) 5 %/yr older
 *      than 20; varmtvannsbereder 10 %/yr from 10; varmepumpe_luft_luft 10 %/yr from 5 — deducted
 *      as well as the deductible, but not at all when two or more of them are damaged in the
 *      same event;
 * 3. market value (6.2): not rebuilt within 5 years (`rebuilt_on` after the deadline, or
 *    `rebuilt_within_5y: false`) → the fall in market value, at most the compensation of 1–2;
 *    rebuilt → any rise in market value above 40 % of the value before (to another purpose: any
 *    rise) is deducted; not yet known → paid as rebuilt, the part above the fall in market value
 *    held back until it is (payable.ts; «Erstatningen utbetales i takt med reparasjon/gjenoppbygging»);
 * 4. BREEAM NOR (7): + 5 % of the compensation for repairing the building itself, before the
 *    deductible, at most kr 10 000 000 — not for a building already certified, vacated or to be
 *    demolished;
 * 5. price increase after the damage (7, Prisstigning: the claim states it, from the building
 *    cost index, at most 24 months) — on repair or rebuilding;
 * 6. rent loss (7, Husleietap): monthly rent × months, at most 36 months (3 when not rebuilt);
 *    own premises 50 % of the market rent unless housing costs elsewhere are documented; blocked
 *    access or natural damage at most kr 10 000 000;
 * 7. the deductible, once (8) — or not, when the age deductions of step 2 replaced it;
 * 8. a first-risk sum caps (6.1); a full-value building has no sum cap.
 *
 * Readings (docs/settle.md): the age deductions «i stedet for egenandel» of all such items of
 * the claim are added up and compared with the one deductible; the BREEAM base is the building
 * compensation after age deductions and market-value adjustments; rent loss counts within a
 * first-risk sum; `documented_costs` are the documented housing costs for the whole period,
 * paid up to the market rent for it.
 */
import { Decimal, ZERO, formatKr, formatRateNo } from '../../core/money.js';
import { formatDateNo } from '../../core/norsk.js';
import { ageText, agePercent } from '../age.js';
import { C } from '../clauses.js';
import { conditions, countWord, n, type AgeRuleTerms, type BygningConditions as T } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg, pct } from '../ledger.js';
import { deadline, deadlineYears, inTime, type Pending } from '../payable.js';
import { resolveTerms } from '../terms.js';
import type { BygningObject, Claim, Item, SettleContext, Settlement } from '../types.js';

/** The objects of the statement, by the key the claim names them with. */
const LABELS: Readonly<Record<BygningObject, string>> = {
  fyringskjel: 'fyringskjel',
  varmekabler: 'varmekabler',
  vvs: 'oppvarming, kjøling, ventilasjon eller VVS',
  boblebad: 'utvendig boblebad/jacuzzi',
  utvendig_ror: 'utvendige rørledninger, tanker, kummer',
  varmtvannsbereder: 'varmtvannsbereder',
  varmepumpe_luft_luft: 'varmepumpe luft til luft',
};

/** The age rule of an object; an error naming the item when the terms have none for it. */
function objectRule(t: T, claim: Claim, item: Item, object: BygningObject): AgeRuleTerms {
  const rule = t.objects[object];
  if (rule === undefined) throw badFact(claim, item, 'object', `the terms have no age deduction for ${object} (they have ${Object.keys(t.objects).join(', ')})`);
  return rule;
}

/** No age deduction for this item's material (outside pipes of plastic or fibreglass)? */
function exempt(rule: AgeRuleTerms, item: Item): boolean {
  return rule.exemptMaterials.length > 0 && item.material !== 'annet';
}

/** Is this item one of the objects of the both-deductions group (plastic pipes are not)? */
function inBothGroup(t: T, claim: Claim, item: Item): boolean {
  if (item.object === undefined) return false;
  const rule = objectRule(t, claim, item, item.object);
  return rule.group === 'both' && !exempt(rule, item);
}

/** Repaired or rebuilt within 5 years: true, false, or undefined (not yet known). */
export function rebuiltInTime(t: T, claim: Claim): boolean | undefined {
  const on = claim.rebuilt_on !== undefined ? { field: 'rebuilt_on', date: claim.rebuilt_on } : undefined;
  const yesNo = claim.rebuilt_within_5y !== undefined ? { field: 'rebuilt_within_5y', value: claim.rebuilt_within_5y } : undefined;
  return inTime(claim, undefined, on, yesNo, deadlineYears(claim, t.rebuildYears.value));
}

export function settleBygning(claim: Claim, ctx: SettleContext): Settlement {
  const t = conditions(ctx).bygning;
  const terms = resolveTerms(claim, ctx, { deductible: true, sum: false, sumIfKnown: true });
  const deductible = terms.deductible!;
  const l = new Ledger();
  const notes: string[] = [];
  const notRebuilt = rebuiltInTime(t, claim) === false;
  const years = t.rebuildYears.value;
  if (claim.rebuilt_on !== undefined && notRebuilt) notes.push(`Reparert/gjenoppført ${formatDateNo(claim.rebuilt_on)}, etter fristen ${formatDateNo(deadlineYears(claim, years))} (${years} år fra skadedagen).`);

  // 1–2: items and the age deductions of the special objects
  const { insteadTotal, ageReplacesDeductible } = items(t, claim, l, deductible, notRebuilt);

  marketValue(t, claim, l, notRebuilt);
  if (claim.breeam_upgrade === true) breeam(t, claim, l, notRebuilt);
  if (claim.price_increase !== undefined) {
    const { value: months, clause } = t.priceIncreaseMonths;
    if (notRebuilt) l.note(`Prisstigning etter skade ${formatKr(claim.price_increase)} erstattes ikke: bygningen repareres/gjenoppføres ikke innen ${years} år`, clause);
    else l.add(`Prisstigning etter skade (byggekostnadsindeks, høyst ${months} måneder fra skadedagen)`, clause, claim.price_increase);
  }
  if (claim.rent_loss !== undefined) rentLoss(t, claim, l, notRebuilt);

  // the deductible
  if (ageReplacesDeductible) l.note(`Egenandel ${formatKr(deductible)} trekkes ikke: aldersfradraget (${formatKr(insteadTotal)}) overstiger egenandelen`, t.ageClause);
  else l.deduct(deductible, t.deductibleClause);

  // the sum insured
  if (terms.firstRisk) l.cap(terms.sum!, t.calculationClause, 'Begrenset til førsterisikosummen');
  else if (terms.sum !== undefined) notes.push(`Fullverdiforsikret bygning: forsikringssummen begrenser ikke erstatningen (${t.calculationClause}).`);
  return finish(claim, l, terms, notes);
}

/**
 * Steps 1–2: each item's cost (and VAT, public orders, things away from the insured place) and the
 * age deductions of the special objects; whether the deductions «i stedet for egenandel» replace
 * the deductible.
 */
function items(t: T, claim: Claim, l: Ledger, deductible: Decimal, notRebuilt: boolean): { insteadTotal: Decimal; ageReplacesDeductible: boolean } {
  let bothCount = 0;
  for (const item of claim.items) {
    const rule = item.object !== undefined ? objectRule(t, claim, item, item.object) : undefined;
    if (rule !== undefined && rule.exemptMaterials.length > 0 && item.material === undefined) {
      throw missingFact(claim, item, 'material', `outside pipes of ${rule.exemptMaterials.join(' or ')} have no age deduction (${rule.clause}): ${rule.exemptMaterials.join(', ')} or annet`);
    }
    if (item.vat !== undefined && !item.vat.isZero() && claim.vat_registered === undefined) {
      throw missingFact(claim, undefined, 'vat_registered', `an item lists VAT, which is paid only when the insured does not deduct it (${t.paymentClause})`);
    }
    if (inBothGroup(t, claim, item)) bothCount++;
  }
  const instead: { item: Item; rule: AgeRuleTerms; percent: number; steps: number; deduction: Decimal }[] = [];
  let insteadTotal = ZERO;
  let away = ZERO;
  for (const item of claim.items) {
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', `a building item is paid its repair cost (${t.calculationClause}), access work included`);
    const rule = item.object !== undefined ? objectRule(t, claim, item, item.object) : undefined;
    if (item.point_repair === true && rule?.pointRepairDeductibleOnly !== true) throw badFact(claim, item, 'point_repair', `applies only to ${Object.values(t.objects).filter((r) => r.pointRepairDeductibleOnly).map((r) => r.key).join(', ')} (${t.ageClause})`);
    const d = item.description;
    if (item.public_order === true && notRebuilt) {
      l.note(`${d}: påbud fra offentlig myndighet — forfaller først når skaden er utbedret innen ${t.repairYears.value} år; bygningen er ikke reparert/gjenoppført`, t.repairYears.clause);
      continue;
    }
    const before = l.total;
    const base = itemCost(t, claim, item, l);
    if (item.sub_limit === 'away_from_premises') away = away.plus(l.total.minus(before));
    if (rule === undefined) continue;
    if (rule.pointRepairDeductibleOnly && item.point_repair === true) {
      l.note(`${d}: punktreparasjon av varmekabel — kun egenandel, ikke aldersfradrag`, rule.clause);
      continue;
    }
    if (exempt(rule, item)) {
      l.note(`${d}: rør av ${item.material} — ikke aldersfradrag`, rule.clause);
      continue;
    }
    const { steps, percent } = agePercent(claim, item, rule, `the age deduction of ${rule.clause} needs the age (of the oldest damaged part)`);
    const how = ageHow(rule, steps, percent, item);
    if (rule.group === 'both') {
      if (bothCount >= t.bothNoneWhenDamagedTogether) {
        l.note(`${d}: ikke aldersfradrag — ${countWord(t.bothNoneWhenDamagedTogether)} eller flere gjenstander med både aldersfradrag og egenandel er skadet i samme hendelse`, rule.clause);
      } else if (steps === 0) {
        l.note(`${d}: ingen aldersfradrag (${ageText(item)}; fradrag ${rule.words} ${rule.from} år)`, rule.clause);
      } else {
        l.add(`${d}: aldersfradrag ${how}, i tillegg til egenandel`, rule.clause, neg(pct(base, percent)));
      }
    } else if (steps === 0) {
      l.note(`${d}: ingen aldersfradrag (${ageText(item)}; fradrag ${rule.words} ${rule.from} år)`, rule.clause);
    } else {
      const deduction = pct(base, percent);
      instead.push({ item, rule, percent, steps, deduction });
      insteadTotal = insteadTotal.plus(deduction);
    }
  }
  if (!away.isZero()) {
    const s = t.subLimits.away_from_premises;
    if (s === undefined) throw badFact(claim, undefined, 'sub_limit', 'the terms have no sub-limit away_from_premises for bygning');
    if (s.limit !== undefined && away.greaterThan(s.limit)) l.add(`Ting midlertidig borte fra forsikringsstedet: høyst ${formatKr(s.limit)} (${formatKr(away)} før begrensningen)`, s.clause, neg(away.minus(s.limit)));
  }
  // aldersfradrag i stedet for egenandel: only when it exceeds the deductible
  const ageReplacesDeductible = insteadTotal.greaterThan(deductible);
  for (const x of instead) {
    const how = ageHow(x.rule, x.steps, x.percent, x.item);
    if (ageReplacesDeductible) {
      l.add(`${x.item.description}: aldersfradrag ${how}, i stedet for egenandel`, x.rule.clause, neg(x.deduction));
    } else {
      l.note(`${x.item.description}: aldersfradrag ${how} = ${formatKr(x.deduction)} trekkes ikke — ikke høyere enn egenandelen`, x.rule.clause);
    }
  }

  return { insteadTotal, ageReplacesDeductible };
}

/** «10 % × 3 påbegynte år fra 5 år (8 år) = 30 %», with the maximum when it capped. */
function ageHow(rule: AgeRuleTerms, steps: number, percent: number, item: Item): string {
  return `${n(rule.perYear)} % × ${steps} påbegynte år ${rule.words} ${rule.from} år (${ageText(item)}) = ${n(percent)} %${percent < steps * rule.perYear ? `, høyst ${n(rule.max)} %` : ''}`;
}

/** An item's repair cost and its VAT (when paid): the steps, and the cost age deductions are taken of. */
function itemCost(t: T, claim: Claim, item: Item, l: Ledger): Decimal {
  const d = item.description;
  const what = item.public_order === true ? 'påbud fra offentlig myndighet, merutgifter' : item.object !== undefined ? `reparasjonskostnad inkl. tilkomstarbeider` : 'reparasjonskostnad';
  const label = item.object !== undefined ? `${d} (${LABELS[item.object]})` : d;
  let base = l.add(`${label}: ${what}`, item.public_order === true ? t.repairYears.clause : t.calculationClause, item.cost!);
  const vat = item.vat;
  if (vat !== undefined && !vat.isZero()) {
    if (claim.vat_registered === true) l.note(`${d}: merverdiavgift ${formatKr(vat)} erstattes ikke — sikrede har fradrag for merverdiavgift`, t.paymentClause);
    else base = base.plus(l.add(`${d}: merverdiavgift`, t.paymentClause, vat));
  }
  return base;
}

/** 6.2: the fall in market value when not rebuilt in time; a rise above 40 % deducted when rebuilt. */
function marketValue(t: T, claim: Claim, l: Ledger, notRebuilt: boolean): void {
  const { value: years, clause } = t.rebuildYears;
  if (notRebuilt) {
    const loss = claim.market_value_loss;
    if (loss === undefined) throw missingFact(claim, undefined, 'market_value_loss', `a building not rebuilt within ${years} years is paid the fall in its market value (${clause})`);
    if (loss.lessThan(l.total)) {
      l.add(`Ikke reparert/gjenoppført innen ${years} år: erstatningen er reduksjonen i markedsverdien ${formatKr(loss)}`, clause, neg(l.total.minus(loss)));
    } else {
      l.note(`Ikke reparert/gjenoppført innen ${years} år: reduksjonen i markedsverdien ${formatKr(loss)} er ikke lavere enn erstatningen beregnet etter pkt. 1`, clause);
    }
  } else if (claim.market_value_before !== undefined || claim.market_value_after !== undefined) {
    const before = claim.market_value_before;
    const after = claim.market_value_after;
    const rise_ = t.riseMaxPercent;
    if (before === undefined) throw missingFact(claim, undefined, 'market_value_before', `a rise in market value is measured from the value before the damage (${rise_.clause})`);
    if (after === undefined) throw missingFact(claim, undefined, 'market_value_after', `a rise in market value is measured by the value after the repair (${rise_.clause})`);
    const rise = after.greaterThan(before) ? after.minus(before) : ZERO;
    const allowed = claim.other_purpose === true ? ZERO : before.times(rise_.value).dividedBy(100);
    const excess = rise.greaterThan(allowed) ? rise.minus(allowed) : ZERO;
    const what = claim.other_purpose === true ? 'Gjenoppført til annet formål: enhver økning i markedsverdien' : `Økning i markedsverdien over ${n(rise_.value)} % av verdien før skaden`;
    const numbers = `(${formatKr(before)} → ${formatKr(after)})`;
    if (excess.isZero()) l.note(`${what} ${numbers}: ingen`, rise_.clause);
    else {
      const take = excess.greaterThan(l.total) ? l.total : excess;
      l.add(`${what} ${numbers}: ${formatKr(excess)}`, rise_.clause, neg(take));
    }
  } else if (claim.market_value_loss !== undefined && rebuiltInTime(t, claim) === true) {
    throw badFact(claim, undefined, 'market_value_loss', `is paid only for a building not rebuilt within ${years} years (${clause})`);
  }
}

/** 7, BREEAM NOR: 5 % of the repair compensation of the building itself, at most kr 10 000 000. */
function breeam(t: T, claim: Claim, l: Ledger, notRebuilt: boolean): void {
  const { value: percent, clause } = t.breeamPercent;
  const why = notRebuilt
    ? 'bygningen repareres ikke'
    : claim.breeam_certified_before === true
      ? 'bygningen var allerede sertifisert BREEAM NOR Very Good eller bedre'
      : claim.vacated === true
        ? 'fraflyttet bygning'
        : claim.to_be_demolished === true
          ? 'bygningen er bestemt revet'
          : undefined;
  if (why !== undefined) {
    l.note(`BREEAM NOR-tillegg gjelder ikke: ${why}`, clause);
    return;
  }
  const extra = pct(l.total, percent);
  const max = t.breeamMax.value;
  if (extra.greaterThan(max)) l.add(`BREEAM NOR: ${n(percent)} % av erstatningen for selve bygget, høyst ${formatKr(max)}`, t.breeamMax.clause, max);
  else l.add(`BREEAM NOR: ${n(percent)} % av erstatningen for reparasjon/gjenoppbygging av selve bygget, før egenandel`, clause, extra);
}

function rentLoss(t: T, claim: Claim, l: Ledger, notRebuilt: boolean): void {
  const r = claim.rent_loss!;
  const rent = t.rentMonths.clause;
  const own = t.ownPremisesPercent;
  const ask = (field: string, why: string) => missingFact(claim, undefined, `rent_loss.${field}`, why);
  if (r.monthly_rent === undefined) throw ask('monthly_rent', `rent loss is the rent per month (or the market rent of own premises) × months (${rent})`);
  if (r.months === undefined) throw ask('months', `rent loss is paid for the months the premises cannot be used (${rent})`);
  if (r.own_premises === undefined) throw ask('own_premises', `own premises are paid ${n(own.value)} % of the market rent unless housing costs elsewhere are documented (${own.clause})`);
  const before = l.total;
  const most = notRebuilt ? t.rentMonthsNotRebuilt.value : t.rentMonths.value;
  const months = r.months.greaterThan(most) ? most : r.months;
  const limit = r.months.greaterThan(most) ? ` (${formatRateNo(r.months)} måneder, høyst ${formatRateNo(most)}${notRebuilt ? ' når bygningen ikke repareres' : ''})` : '';
  const full = l.add(`Husleietap: ${formatKr(r.monthly_rent)} per måned × ${formatRateNo(months)} måneder${limit}`, notRebuilt ? t.rentMonthsNotRebuilt.clause : rent, r.monthly_rent.times(months));
  if (r.own_premises) {
    if (r.documented_costs !== undefined) {
      if (r.documented_costs.lessThan(full)) l.add(`Egne lokaler: dokumenterte boutgifter annet sted ${formatKr(r.documented_costs)}`, own.clause, neg(full.minus(r.documented_costs)));
      else l.note('Egne lokaler: dokumenterte boutgifter annet sted, høyst gjeldende leiepris', own.clause);
    } else {
      l.add(`Egne lokaler uten dokumenterte boutgifter annet sted: ${n(own.value)} % av gjeldende leiepris`, own.clause, neg(full.minus(pct(full, own.value))));
    }
  } else if (r.documented_costs !== undefined) {
    throw badFact(claim, undefined, 'rent_loss.documented_costs', 'applies only to own premises (own_premises: true)');
  }
  if (r.cause !== undefined) {
    const paid = l.total.minus(before);
    const why = r.cause === 'blocked_access' ? 'all adkomst til forsikringsstedet blokkert' : 'naturskade';
    const s = t.subLimits.blocked_access;
    if (s === undefined) throw badFact(claim, undefined, 'rent_loss.cause', 'the terms have no sub-limit blocked_access for bygning (rent loss at blocked access or natural damage)');
    if (s.limit !== undefined && paid.greaterThan(s.limit)) l.add(`Husleietap ved ${why}: høyst ${formatKr(s.limit)} per kunde`, s.clause, neg(paid.minus(s.limit)));
  }
}

/**
 * What waits until the building is repaired or rebuilt (within 5 years from the loss): all above
 * the fall in market value — the repair compensation, BREEAM, price increase, public orders and
 * rent loss beyond 3 months.
 */
export function pendingBygning(claim: Claim, ctx: SettleContext): { events: Pending[]; notes: string[]; floorClause: string } {
  const t = conditions(ctx).bygning;
  if (rebuiltInTime(t, claim) !== undefined) return { events: [], notes: [], floorClause: C.PAYMENT };
  const notes: string[] = [];
  const { value: years, clause } = t.rebuildYears;
  if (claim.market_value_loss === undefined) {
    notes.push(`Reduksjonen i markedsverdien er ikke oppgitt (market_value_loss): det som betales nå om bygningen ikke blir reparert/gjenoppført innen ${years} år, er regnet som kr 0.`);
  }
  const rebuild: Pending = {
    when: 'on_rebuild',
    by: deadlineYears(claim, years),
    clause,
    what: 'når bygningen er reparert/gjenoppført',
    without: (c) => ({ ...c, rebuilt_within_5y: false, market_value_loss: c.market_value_loss ?? ZERO }),
  };
  if (!claim.items.some((i) => i.public_order === true)) return { events: [rebuild], notes, floorClause: clause };
  // The costs of a public order wait for the same repair, but under their own clause and deadline
  // («Erstatningen forfaller først til betaling når skaden er utbedret», Påbud fra offentlig
  // myndighet): a part of their own, so that each waiting amount cites what holds it back.
  const order: Pending = {
    when: 'on_rebuild',
    by: deadlineYears(claim, t.repairYears.value),
    clause: t.repairYears.clause,
    what: 'når skaden er utbedret (påbud fra offentlig myndighet)',
    without: (c) => ({ ...c, items: c.items.map((i) => (i.public_order === true ? { ...i, cost: ZERO, vat: undefined } : i)) }),
  };
  return { events: [rebuild, order], notes, floorClause: clause };
}
