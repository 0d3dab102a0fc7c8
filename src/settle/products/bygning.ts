/**
 * Bygning — Erstatningsregler Bygning 2, 6–8 (gjensidige-naering-fornyelse-2024.txt, ≈ lines
 * 925–1050), the Næringsbygg cover (ting midlertidig borte fra forsikringsstedet) and the 2024
 * renewal news (utvendige rørledninger; Husleietap – tap av egne lokaler). Numbers: conditions.ts.
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
import { ageText, agePercent, type AgeRule } from '../age.js';
import { C } from '../clauses.js';
import { CONDITIONS } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg, pct } from '../ledger.js';
import { deadline, inTime, type Pending } from '../payable.js';
import { resolveTerms } from '../terms.js';
import type { BygningObject, Claim, Item, SettleContext, Settlement } from '../types.js';

const T = CONDITIONS.bygning;

interface ObjectRule extends AgeRule {
  label: string;
  /** «eldre enn N år» or «fra N år», as the clause words it. */
  words: 'eldre enn' | 'fra';
  group: 'instead' | 'both';
}

const O = T.objects;
export const OBJECTS: Readonly<Record<BygningObject, ObjectRule>> = {
  fyringskjel: { ...O.fyringskjel, label: 'fyringskjel', words: 'eldre enn', group: 'instead' },
  varmekabler: { ...O.varmekabler, label: 'varmekabler', words: 'eldre enn', group: 'instead' },
  vvs: { ...O.vvs, label: 'oppvarming, kjøling, ventilasjon eller VVS', words: 'fra', group: 'instead' },
  boblebad: { ...O.boblebad, label: 'utvendig boblebad/jacuzzi', words: 'fra', group: 'instead' },
  utvendig_ror: { ...O.utvendig_ror, label: 'utvendige rørledninger, tanker, kummer', words: 'eldre enn', group: 'both' },
  varmtvannsbereder: { ...O.varmtvannsbereder, label: 'varmtvannsbereder', words: 'fra', group: 'both' },
  varmepumpe_luft_luft: { ...O.varmepumpe_luft_luft, label: 'varmepumpe luft til luft', words: 'fra', group: 'both' },
};

const RISE_SHARE = new Decimal(T.marketValueRisePercent).dividedBy(100);
const BREEAM_MAX = new Decimal(T.breeamMax);
const MONTHS_MAX = new Decimal(T.rentMonths);
const MONTHS_NOT_REBUILT = new Decimal(T.rentMonthsNotRebuilt);
const RENT_BLOCKED_MAX = new Decimal(T.rentBlockedAccessMax);
const AWAY = CONDITIONS.bygningSubLimits.away_from_premises;
const WHY_AGE = 'the age deduction of Erstatningsregler Bygning 8 needs the age (of the oldest damaged part)';

/** Is this item one of the objects of the both-deductions group (plastic pipes are not)? */
function inBothGroup(item: Item): boolean {
  return item.object !== undefined && OBJECTS[item.object].group === 'both' && !(item.object === 'utvendig_ror' && item.material !== 'annet');
}

/** Repaired or rebuilt within 5 years: true, false, or undefined (not yet known). */
export function rebuiltInTime(claim: Claim): boolean | undefined {
  const on = claim.rebuilt_on !== undefined ? { field: 'rebuilt_on', date: claim.rebuilt_on } : undefined;
  const yesNo = claim.rebuilt_within_5y !== undefined ? { field: 'rebuilt_within_5y', value: claim.rebuilt_within_5y } : undefined;
  return inTime(claim, undefined, on, yesNo, deadline(claim, T.rebuildYears * 12));
}

export function settleBygning(claim: Claim, ctx: SettleContext): Settlement {
  const terms = resolveTerms(claim, ctx, { deductible: true, sum: false, sumIfKnown: true });
  const deductible = terms.deductible!;
  const l = new Ledger();
  const notes: string[] = [];
  const notRebuilt = rebuiltInTime(claim) === false;
  if (claim.rebuilt_on !== undefined && notRebuilt) notes.push(`Reparert/gjenoppført ${formatDateNo(claim.rebuilt_on)}, etter fristen ${formatDateNo(deadline(claim, T.rebuildYears * 12))} (5 år fra skadedagen).`);

  // 1–2: items and the age deductions of the special objects
  const { insteadTotal, ageReplacesDeductible } = items(claim, l, deductible, notRebuilt);

  marketValue(claim, l, notRebuilt);
  if (claim.breeam_upgrade === true) breeam(claim, l, notRebuilt);
  if (claim.price_increase !== undefined) {
    if (notRebuilt) l.note(`Prisstigning etter skade ${formatKr(claim.price_increase)} erstattes ikke: bygningen repareres/gjenoppføres ikke innen 5 år`, C.BYGNING_PRICE);
    else l.add('Prisstigning etter skade (byggekostnadsindeks, høyst 24 måneder fra skadedagen)', C.BYGNING_PRICE, claim.price_increase);
  }
  if (claim.rent_loss !== undefined) rentLoss(claim, l, notRebuilt);

  // the deductible
  if (ageReplacesDeductible) l.note(`Egenandel ${formatKr(deductible)} trekkes ikke: aldersfradraget (${formatKr(insteadTotal)}) overstiger egenandelen`, C.BYGNING_DEDUCTIBLE);
  else l.deduct(deductible, C.BYGNING_DEDUCTIBLE);

  // the sum insured
  if (terms.firstRisk) l.cap(terms.sum!, C.BYGNING_COMMON, 'Begrenset til førsterisikosummen');
  else if (terms.sum !== undefined) notes.push('Fullverdiforsikret bygning: forsikringssummen begrenser ikke erstatningen (Erstatningsregler Bygning 6.1).');
  return finish(claim, l, terms, notes);
}

/**
 * Steps 1–2: each item's cost (and VAT, public orders, things away from the insured place) and the
 * age deductions of the special objects; whether the deductions «i stedet for egenandel» replace
 * the deductible.
 */
function items(claim: Claim, l: Ledger, deductible: Decimal, notRebuilt: boolean): { insteadTotal: Decimal; ageReplacesDeductible: boolean } {
  let bothCount = 0;
  for (const item of claim.items) {
    if (item.object === 'utvendig_ror' && item.material === undefined) {
      throw missingFact(claim, item, 'material', 'outside pipes of plastic or fibreglass have no age deduction (Erstatningsregler Bygning 8): plast, glassfiber or annet');
    }
    if (item.vat !== undefined && !item.vat.isZero() && claim.vat_registered === undefined) {
      throw missingFact(claim, undefined, 'vat_registered', 'an item lists VAT, which is paid only when the insured does not deduct it (Erstatningsregler Bygning 2)');
    }
    if (inBothGroup(item)) bothCount++;
  }
  const instead: { item: Item; rule: ObjectRule; percent: number; steps: number; deduction: Decimal }[] = [];
  let insteadTotal = ZERO;
  let away = ZERO;
  for (const item of claim.items) {
    if (item.cost === undefined) throw missingFact(claim, item, 'cost', 'a building item is paid its repair cost (Erstatningsregler Bygning 6.1), access work included');
    if (item.point_repair === true && item.object !== 'varmekabler') throw badFact(claim, item, 'point_repair', 'applies only to varmekabler (Erstatningsregler Bygning 8)');
    const d = item.description;
    if (item.public_order === true && notRebuilt) {
      l.note(`${d}: påbud fra offentlig myndighet — forfaller først når skaden er utbedret innen 5 år; bygningen er ikke reparert/gjenoppført`, C.BYGNING_ORDER);
      continue;
    }
    const before = l.total;
    const base = itemCost(claim, item, l);
    if (item.sub_limit === 'away_from_premises') away = away.plus(l.total.minus(before));
    if (item.object === undefined) continue;
    const rule = OBJECTS[item.object];
    if (item.object === 'varmekabler' && item.point_repair === true) {
      l.note(`${d}: punktreparasjon av varmekabel — kun egenandel, ikke aldersfradrag`, C.BYGNING_DEDUCTIBLE);
      continue;
    }
    if (item.object === 'utvendig_ror' && item.material !== 'annet') {
      l.note(`${d}: rør av ${item.material} — ikke aldersfradrag`, C.BYGNING_DEDUCTIBLE);
      continue;
    }
    const { steps, percent } = agePercent(claim, item, rule, WHY_AGE);
    const how = `${rule.perYear} % × ${steps} påbegynte år ${rule.words} ${rule.from} år (${ageText(item)}) = ${percent} %${percent < steps * rule.perYear ? `, høyst ${rule.max} %` : ''}`;
    if (rule.group === 'both') {
      if (bothCount >= 2) {
        l.note(`${d}: ikke aldersfradrag — to eller flere gjenstander med både aldersfradrag og egenandel er skadet i samme hendelse`, C.BYGNING_DEDUCTIBLE);
      } else if (steps === 0) {
        l.note(`${d}: ingen aldersfradrag (${ageText(item)}; fradrag ${rule.words} ${rule.from} år)`, C.BYGNING_DEDUCTIBLE);
      } else {
        l.add(`${d}: aldersfradrag ${how}, i tillegg til egenandel`, C.BYGNING_DEDUCTIBLE, neg(pct(base, percent)));
      }
    } else if (steps === 0) {
      l.note(`${d}: ingen aldersfradrag (${ageText(item)}; fradrag ${rule.words} ${rule.from} år)`, C.BYGNING_DEDUCTIBLE);
    } else {
      const deduction = pct(base, percent);
      instead.push({ item, rule, percent, steps, deduction });
      insteadTotal = insteadTotal.plus(deduction);
    }
  }
  const awayLimit = new Decimal(AWAY.limit);
  if (away.greaterThan(awayLimit)) l.add(`Ting midlertidig borte fra forsikringsstedet: høyst ${formatKr(awayLimit)} (${formatKr(away)} før begrensningen)`, AWAY.clause, neg(away.minus(awayLimit)));
  // aldersfradrag i stedet for egenandel: only when it exceeds the deductible
  const ageReplacesDeductible = insteadTotal.greaterThan(deductible);
  for (const x of instead) {
    const how = `${x.rule.perYear} % × ${x.steps} påbegynte år ${x.rule.words} ${x.rule.from} år (${ageText(x.item)}) = ${x.percent} %${x.percent < x.steps * x.rule.perYear ? `, høyst ${x.rule.max} %` : ''}`;
    if (ageReplacesDeductible) {
      l.add(`${x.item.description}: aldersfradrag ${how}, i stedet for egenandel`, C.BYGNING_DEDUCTIBLE, neg(x.deduction));
    } else {
      l.note(`${x.item.description}: aldersfradrag ${how} = ${formatKr(x.deduction)} trekkes ikke — ikke høyere enn egenandelen`, C.BYGNING_DEDUCTIBLE);
    }
  }

  return { insteadTotal, ageReplacesDeductible };
}

/** An item's repair cost and its VAT (when paid): the steps, and the cost age deductions are taken of. */
function itemCost(claim: Claim, item: Item, l: Ledger): Decimal {
  const d = item.description;
  const what = item.public_order === true ? 'påbud fra offentlig myndighet, merutgifter' : item.object !== undefined ? `reparasjonskostnad inkl. tilkomstarbeider` : 'reparasjonskostnad';
  const label = item.object !== undefined ? `${d} (${OBJECTS[item.object].label})` : d;
  let base = l.add(`${label}: ${what}`, item.public_order === true ? C.BYGNING_ORDER : C.BYGNING_COMMON, item.cost!);
  const vat = item.vat;
  if (vat !== undefined && !vat.isZero()) {
    if (claim.vat_registered === true) l.note(`${d}: merverdiavgift ${formatKr(vat)} erstattes ikke — sikrede har fradrag for merverdiavgift`, C.BYGNING_PAYMENT);
    else base = base.plus(l.add(`${d}: merverdiavgift`, C.BYGNING_PAYMENT, vat));
  }
  return base;
}

/** 6.2: the fall in market value when not rebuilt in time; a rise above 40 % deducted when rebuilt. */
function marketValue(claim: Claim, l: Ledger, notRebuilt: boolean): void {
  if (notRebuilt) {
    const loss = claim.market_value_loss;
    if (loss === undefined) throw missingFact(claim, undefined, 'market_value_loss', 'a building not rebuilt within 5 years is paid the fall in its market value (Erstatningsregler Bygning 6.2)');
    if (loss.lessThan(l.total)) {
      l.add(`Ikke reparert/gjenoppført innen 5 år: erstatningen er reduksjonen i markedsverdien ${formatKr(loss)}`, C.BYGNING_MARKET, neg(l.total.minus(loss)));
    } else {
      l.note(`Ikke reparert/gjenoppført innen 5 år: reduksjonen i markedsverdien ${formatKr(loss)} er ikke lavere enn erstatningen beregnet etter pkt. 1`, C.BYGNING_MARKET);
    }
  } else if (claim.market_value_before !== undefined || claim.market_value_after !== undefined) {
    const before = claim.market_value_before;
    const after = claim.market_value_after;
    if (before === undefined) throw missingFact(claim, undefined, 'market_value_before', 'a rise in market value is measured from the value before the damage (Erstatningsregler Bygning 6.2)');
    if (after === undefined) throw missingFact(claim, undefined, 'market_value_after', 'a rise in market value is measured by the value after the repair (Erstatningsregler Bygning 6.2)');
    const rise = after.greaterThan(before) ? after.minus(before) : ZERO;
    const allowed = claim.other_purpose === true ? ZERO : before.times(RISE_SHARE);
    const excess = rise.greaterThan(allowed) ? rise.minus(allowed) : ZERO;
    const what = claim.other_purpose === true ? 'Gjenoppført til annet formål: enhver økning i markedsverdien' : 'Økning i markedsverdien over 40 % av verdien før skaden';
    const numbers = `(${formatKr(before)} → ${formatKr(after)})`;
    if (excess.isZero()) l.note(`${what} ${numbers}: ingen`, C.BYGNING_MARKET);
    else {
      const take = excess.greaterThan(l.total) ? l.total : excess;
      l.add(`${what} ${numbers}: ${formatKr(excess)}`, C.BYGNING_MARKET, neg(take));
    }
  } else if (claim.market_value_loss !== undefined && rebuiltInTime(claim) === true) {
    throw badFact(claim, undefined, 'market_value_loss', 'is paid only for a building not rebuilt within 5 years (Erstatningsregler Bygning 6.2)');
  }
}

/** 7, BREEAM NOR: 5 % of the repair compensation of the building itself, at most kr 10 000 000. */
function breeam(claim: Claim, l: Ledger, notRebuilt: boolean): void {
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
    l.note(`BREEAM NOR-tillegg gjelder ikke: ${why}`, C.BYGNING_BREEAM);
    return;
  }
  const extra = pct(l.total, T.breeamPercent);
  if (extra.greaterThan(BREEAM_MAX)) l.add(`BREEAM NOR: 5 % av erstatningen for selve bygget, høyst ${formatKr(BREEAM_MAX)}`, C.BYGNING_BREEAM, BREEAM_MAX);
  else l.add('BREEAM NOR: 5 % av erstatningen for reparasjon/gjenoppbygging av selve bygget, før egenandel', C.BYGNING_BREEAM, extra);
}

function rentLoss(claim: Claim, l: Ledger, notRebuilt: boolean): void {
  const r = claim.rent_loss!;
  const ask = (field: string, why: string) => missingFact(claim, undefined, `rent_loss.${field}`, why);
  if (r.monthly_rent === undefined) throw ask('monthly_rent', 'rent loss is the rent per month (or the market rent of own premises) × months (Erstatningsregler Bygning 7)');
  if (r.months === undefined) throw ask('months', 'rent loss is paid for the months the premises cannot be used (Erstatningsregler Bygning 7)');
  if (r.own_premises === undefined) throw ask('own_premises', 'own premises are paid 50 % of the market rent unless housing costs elsewhere are documented (Nyheter og endringer 2024)');
  const before = l.total;
  const most = notRebuilt ? MONTHS_NOT_REBUILT : MONTHS_MAX;
  const months = r.months.greaterThan(most) ? most : r.months;
  const limit = r.months.greaterThan(most) ? ` (${formatRateNo(r.months)} måneder, høyst ${formatRateNo(most)}${notRebuilt ? ' når bygningen ikke repareres' : ''})` : '';
  const full = l.add(`Husleietap: ${formatKr(r.monthly_rent)} per måned × ${formatRateNo(months)} måneder${limit}`, C.BYGNING_RENT, r.monthly_rent.times(months));
  if (r.own_premises) {
    if (r.documented_costs !== undefined) {
      if (r.documented_costs.lessThan(full)) l.add(`Egne lokaler: dokumenterte boutgifter annet sted ${formatKr(r.documented_costs)}`, C.BYGNING_RENT_OWN, neg(full.minus(r.documented_costs)));
      else l.note('Egne lokaler: dokumenterte boutgifter annet sted, høyst gjeldende leiepris', C.BYGNING_RENT_OWN);
    } else {
      l.add('Egne lokaler uten dokumenterte boutgifter annet sted: 50 % av gjeldende leiepris', C.BYGNING_RENT_OWN, neg(full.minus(pct(full, T.ownPremisesPercent))));
    }
  } else if (r.documented_costs !== undefined) {
    throw badFact(claim, undefined, 'rent_loss.documented_costs', 'applies only to own premises (own_premises: true)');
  }
  if (r.cause !== undefined) {
    const rent = l.total.minus(before);
    const why = r.cause === 'blocked_access' ? 'all adkomst til forsikringsstedet blokkert' : 'naturskade';
    if (rent.greaterThan(RENT_BLOCKED_MAX)) l.add(`Husleietap ved ${why}: høyst ${formatKr(RENT_BLOCKED_MAX)} per kunde`, C.BYGNING_RENT, neg(rent.minus(RENT_BLOCKED_MAX)));
  }
}

/**
 * What waits until the building is repaired or rebuilt (within 5 years from the loss): all above
 * the fall in market value — the repair compensation, BREEAM, price increase, public orders and
 * rent loss beyond 3 months.
 */
export function pendingBygning(claim: Claim): { events: Pending[]; notes: string[]; floorClause: string } {
  if (rebuiltInTime(claim) !== undefined) return { events: [], notes: [], floorClause: C.PAYMENT };
  const notes: string[] = [];
  if (claim.market_value_loss === undefined) {
    notes.push('Reduksjonen i markedsverdien er ikke oppgitt (market_value_loss): det som betales nå om bygningen ikke blir reparert/gjenoppført innen 5 år, er regnet som kr 0.');
  }
  const rebuild: Pending = {
    when: 'on_rebuild',
    by: deadline(claim, T.rebuildYears * 12),
    clause: C.BYGNING_MARKET,
    what: 'når bygningen er reparert/gjenoppført',
    without: (c) => ({ ...c, rebuilt_within_5y: false, market_value_loss: c.market_value_loss ?? ZERO }),
  };
  return { events: [rebuild], notes, floorClause: C.BYGNING_MARKET };
}
