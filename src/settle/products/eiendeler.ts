/**
 * Eiendeler — Erstatningsregler for Eiendeler 2, 6.1, 6.2, 6.5, 7 and 8 and the Eiendeler cover
 * («Hvor gjelder forsikringen?», «Hva er forsikret?»), gjensidige-naering-fornyelse-2024.txt
 * (≈ lines 225–240, 1067–1204). Numbers: conditions.ts.
 *
 * Per item (6.2 «Maskiner, inventar og løsøre, bygningsmessig innredning»):
 * - «For ting med nypris under kr 100 000 eks mva»: new price less the category's age deduction
 *   (elektrisk 10 %/yr from 5 yr, handverktoy 15 %/yr from 5, it 20 %/yr from 1, annet 15 %/yr
 *   from 5; never below 0). «Kan tingen repareres for lavere pris … erstattes reparasjonspris uten
 *   aldersfradrag. Gjenanskaffes tingen med vesentlig tilsvarende brukt ting erstattes bruktprisen
 *   uten aldersfradrag.»
 * - «For ting med nypris over kr 100 000 eks mva og bygningsmessig innredning»: C (repair price,
 *   or new price) in full while the age is at most 30 % of the total lifetime B; above,
 *   «(A/B) × 1,4 C = E» with A = B − age, never above C; at most new price − market value after
 *   the damage. «Ting som ikke repareres/gjenanskaffes innen 3 år erstattes med reduksjonen i
 *   markedsverdien …, men ikke høyere enn nyprisen eller reparasjonskostnaden» — until the claim
 *   says it was (replaced_on, repaired_on, replaced_within_3y), that part waits («Erstatningen
 *   utbetales i takt med reparasjon/gjenanskaffelse», 2): payable.ts.
 * - An expense (`cost`) under a sub-limit: glass extras, backup, extra costs at blocked access or
 *   natural damage, reconstruction of archives and data within 24 months (6.5).
 * Then each sub-limit caps its own part, the price increase after the damage (7: at most 20 % of
 * the property compensation, on repair or replacement), the deductible once (8; glass breakage
 * kr 3 000), and the sum insured (6.1: «Etter fradrag av egenandel, erstattes skade inntil de
 * oppgitte summene»).
 *
 * VAT: the kr 100 000 threshold is ex VAT (the item's `new_price_vat` says what VAT new_price
 * includes); an insured who deducts VAT (`vat_registered`) is paid ex VAT («Netto påløpte
 * offentlige avgifter … erstattes», 6.1).
 *
 * Readings (docs/settle.md): exactly kr 100 000 follows the lifetime rule; `used_price` is paid
 * whatever a repair would cost; C is `repair_cost` when stated, else `new_price`; A and the age
 * are years to two decimals, the figures the statement shows; sub-limits cap before the
 * deductible; things under kr 100 000 are paid now.
 */
import { Decimal, ZERO, formatKr, formatRateNo } from '../../core/money.js';
import { formatDateNo } from '../../core/norsk.js';
import { ageText, agePercent, exactAge } from '../age.js';
import { C } from '../clauses.js';
import { CONDITIONS, type SubLimitTerms } from '../conditions.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg, pct } from '../ledger.js';
import { deadline, inTime, type Pending } from '../payable.js';
import { resolveTerms } from '../terms.js';
import type { Claim, EiendelerCategory, Item, SettleContext, Settlement, SubLimit } from '../types.js';

const T = CONDITIONS.eiendeler;
const SUB: Readonly<Record<SubLimit, SubLimitTerms>> = CONDITIONS.eiendelerSubLimits;

const LABELS: Readonly<Record<EiendelerCategory, string>> = {
  elektrisk: 'elektrisk verktøy og utstyr',
  handverktoy: 'håndverktøy og ikke-elektronisk verktøy/utstyr',
  it: 'datautstyr',
  annet: 'andre maskiner, inventar og løsøre',
};

export const LIFETIME_THRESHOLD = new Decimal(T.lifetimeThreshold);
const FULL_SHARE = new Decimal(T.fullUntilLifetimePercent).dividedBy(100);
const FACTOR = new Decimal(T.lifetimeFactor);
const GLASS_DEDUCTIBLE = new Decimal(T.glassDeductible);
const WHY_REGIME = 'it decides the rule of Erstatningsregler Eiendeler 6.2 (under kr 100 000: age deduction by category; kr 100 000 or more: lifetime rule)';
const WHY_CATEGORY = 'the age deduction of Erstatningsregler Eiendeler 6.2 depends on it (elektrisk, handverktoy, it, annet)';
const WHY_AGE = 'the age deduction of Erstatningsregler Eiendeler 6.2 needs the age';
const WHY_LIFETIME = 'items of kr 100 000 or more and building fixtures are settled by remaining lifetime (Erstatningsregler Eiendeler 6.2)';

export function settleEiendeler(claim: Claim, ctx: SettleContext): Settlement {
  const glass = claim.glass_breakage === true;
  const terms = resolveTerms(claim, ctx, { deductible: !glass, sum: true });
  const l = new Ledger();
  const notes: string[] = [];
  const items = claim.items;
  let limited: Map<SubLimit, Decimal> | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const before = l.total;
    if (item.cost !== undefined) expenseItem(claim, item, l);
    else if (isLifetimeItem(claim, item)) lifetimeItem(claim, item, l);
    else smallItem(claim, item, l);
    if (item.sub_limit !== undefined) {
      limited ??= new Map();
      limited.set(item.sub_limit, (limited.get(item.sub_limit) ?? ZERO).plus(l.total.minus(before)));
    }
  }
  if (limited !== undefined) subLimits(limited, l);
  if (claim.price_increase !== undefined) priceIncrease(claim, claim.price_increase, l, notes);
  if (glass) {
    if (terms.deductible !== undefined && !terms.deductible.equals(GLASS_DEDUCTIBLE)) notes.push(`Bruddskade på glass og skilt: egenandelen er kr 3 000 etter vilkårene; avtalt egenandel ${formatKr(terms.deductible)} brukes ikke.`);
    terms.deductible = GLASS_DEDUCTIBLE;
    terms.deductibleFrom = 'rule';
    l.deduct(GLASS_DEDUCTIBLE, C.EIENDELER_GLASS, 'Egenandel bruddskade glass og skilt');
  } else {
    l.deduct(terms.deductible!, C.EIENDELER_DEDUCTIBLE);
  }
  l.cap(terms.sum!, C.EIENDELER_SUM);
  if (claim.vat_registered === true) notes.push('Sikrede har fradrag for merverdiavgift: erstatningen er eks. mva. (Erstatningsregler Eiendeler 6.1); beløp i kravet uten new_price_vat er lest som eks. mva.');
  return finish(claim, l, terms, notes);
}

/** The ex-VAT new price (for the threshold) and the new price paid, by the claim's VAT facts. */
function newPrice(claim: Claim, item: Item): { paid: Decimal; exVat: Decimal; vat: Decimal | undefined } {
  const np = item.new_price!;
  const v = item.new_price_vat;
  if (v === undefined || v.isZero()) return { paid: np, exVat: np, vat: undefined };
  return newPriceWithVat(claim, item, np, v);
}

function newPriceWithVat(claim: Claim, item: Item, np: Decimal, v: Decimal): { paid: Decimal; exVat: Decimal; vat: Decimal | undefined } {
  if (v.greaterThan(np)) throw badFact(claim, item, 'new_price_vat', `${formatKr(v)} is more than new_price ${formatKr(np)}`);
  if (claim.vat_registered === undefined) {
    throw missingFact(claim, undefined, 'vat_registered', 'new_price_vat is given, and whether the VAT is paid depends on whether the insured deducts it (Erstatningsregler Eiendeler 6.1)');
  }
  const exVat = np.minus(v);
  return { paid: claim.vat_registered ? exVat : np, exVat, vat: claim.vat_registered ? v : undefined };
}

function isLifetimeItem(claim: Claim, item: Item): boolean {
  if (item.building_fixture === true) return true;
  const np = item.new_price;
  if (np === undefined) return false;
  // without VAT in the new price, no object for the common case
  return (item.new_price_vat === undefined ? np : newPrice(claim, item).exVat).greaterThanOrEqualTo(LIFETIME_THRESHOLD);
}

/** The new price's line, and the VAT the insured deducts taken off again; returns what is paid. */
function newPriceLines(claim: Claim, item: Item, l: Ledger, label: string): Decimal {
  if (item.new_price_vat === undefined) {
    l.add(`${item.description}: ${label}`, C.EIENDELER_CALC, item.new_price!);
    return item.new_price!;
  }
  const { paid, vat } = newPrice(claim, item);
  if (vat === undefined) {
    l.add(`${item.description}: ${label}`, C.EIENDELER_CALC, paid);
    return paid;
  }
  l.add(`${item.description}: ${label}`, C.EIENDELER_CALC, item.new_price!);
  l.add(`${item.description}: merverdiavgift i nyprisen erstattes ikke — sikrede har fradrag for mva.`, C.EIENDELER_FEES, neg(vat));
  return paid;
}

/** New price under kr 100 000 ex VAT: the category's age deduction, or the repair/used price. */
function smallItem(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  if (item.new_price === undefined) throw missingFact(claim, item, 'new_price', WHY_REGIME);
  if (item.sub_limit !== undefined && SUB[item.sub_limit].expense) throw missingFact(claim, item, 'cost', `sub_limit ${item.sub_limit} is an expense, stated as cost`);
  if (item.replaced_within_3y === false) {
    throw badFact(claim, item, 'replaced_within_3y', 'applies only to items of kr 100 000 or more and building fixtures (Erstatningsregler Eiendeler 6.2)');
  }
  if (item.used_price !== undefined) {
    l.add(`${d}: bruktpris, gjenanskaffet med brukt ting, uten aldersfradrag`, C.EIENDELER_CALC, item.used_price);
    return;
  }
  if (item.category === undefined) throw missingFact(claim, item, 'category', WHY_CATEGORY);
  const category = item.category as EiendelerCategory;
  const rule = T.categories[category];
  const paid = item.new_price_vat === undefined ? item.new_price : newPrice(claim, item).paid;
  const { steps, percent } = agePercent(claim, item, rule, WHY_AGE);
  const deduction = percent > 0 ? pct(paid, percent) : ZERO;
  if (item.repair_cost !== undefined) {
    const value = deduction.isZero() ? paid : paid.minus(deduction);
    if (item.repair_cost.lessThan(value)) {
      const than = percent > 0 ? `nypris med ${percent} % aldersfradrag (${ageText(item)})` : 'nypris';
      l.add(`${d}: reparasjonspris, lavere enn ${than}; uten aldersfradrag`, C.EIENDELER_CALC, item.repair_cost);
      return;
    }
  }
  if (steps === 0) {
    newPriceLines(claim, item, l, `nypris (${LABELS[category]}), ingen aldersfradrag (${ageText(item)}; fradrag fra ${rule.from} år)`);
    return;
  }
  newPriceLines(claim, item, l, `nypris (${LABELS[category]})`);
  const capped = percent < steps * rule.perYear ? `, høyst ${rule.max} %` : '';
  l.add(`${d}: aldersfradrag ${rule.perYear} % × ${steps} påbegynte år fra ${rule.from} år (${ageText(item)}) = ${percent} %${capped}`, C.EIENDELER_CALC, neg(deduction));
}

/** Repaired or replaced within 3 years: true, false, or undefined (not yet known). */
export function replacedInTime(claim: Claim, item: Item): boolean | undefined {
  const on =
    item.replaced_on !== undefined ? { field: 'replaced_on', date: item.replaced_on }
    : item.repaired_on !== undefined ? { field: 'repaired_on', date: item.repaired_on }
    : claim.replaced_on !== undefined ? { field: 'replaced_on', date: claim.replaced_on }
    : claim.repaired_on !== undefined ? { field: 'repaired_on', date: claim.repaired_on }
    : undefined;
  const yesNo = item.replaced_within_3y !== undefined ? { field: 'replaced_within_3y', value: item.replaced_within_3y } : undefined;
  return inTime(claim, item, on, yesNo, deadline(claim, T.replaceYears * 12));
}

/** New price kr 100 000 or more, or a building fixture: remaining lifetime, market value. */
function lifetimeItem(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  if (item.used_price !== undefined) {
    throw badFact(claim, item, 'used_price', 'applies only to items under kr 100 000 (Erstatningsregler Eiendeler 6.2); this item follows the lifetime rule');
  }
  if (item.sub_limit !== undefined && SUB[item.sub_limit].expense) throw missingFact(claim, item, 'cost', `sub_limit ${item.sub_limit} is an expense, stated as cost`);
  if (replacedInTime(claim, item) === false) {
    notReplaced(claim, item, l);
    return;
  }
  if (item.repair_cost === undefined && item.new_price === undefined) throw missingFact(claim, item, 'repair_cost or new_price', 'C (reparasjonspris/nypris) of Erstatningsregler Eiendeler 6.2');
  const lifetime = item.lifetime_years;
  if (lifetime === undefined) throw missingFact(claim, item, 'lifetime_years', WHY_LIFETIME);
  if (lifetime.isZero()) throw badFact(claim, item, 'lifetime_years', 'expected a total lifetime above zero');
  const age = exactAge(claim, item, WHY_LIFETIME);
  const B = formatRateNo(lifetime);
  const full = age.lessThanOrEqualTo(lifetime.times(FULL_SHARE));
  let base: Decimal;
  if (item.repair_cost !== undefined) {
    base = item.repair_cost;
    l.add(`${d}: reparasjonspris${full ? `, alder (${ageText(item)}) høyst 30 % av brukstid ${B} år: ingen fradrag` : ''}`, C.EIENDELER_CALC, base);
  } else {
    base = newPriceLines(claim, item, l, `nypris${full ? `, alder (${ageText(item)}) høyst 30 % av brukstid ${B} år: ingen fradrag` : ''}`);
  }
  let paid = base;
  if (!full) {
    // the age and A in years to two decimals: the figures the line shows are the figures it computes with
    const age2 = age.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const A = lifetime.greaterThan(age2) ? lifetime.minus(age2) : ZERO;
    let e = A.dividedBy(lifetime).times(FACTOR).times(base).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (e.greaterThan(base)) e = base;
    const ageShown = item.purchased !== undefined ? `alder ${two(age2)} år (${ageText(item)})` : `alder ${ageText(item)}`;
    l.add(
      `${d}: ${ageShown} er over 30 % av brukstid ${B} år: E = (A/B) × 1,4 × C = ((${B} − ${two(age2)})/${B}) × 1,4 × ${formatKr(base)} = (${two(A)}/${B}) × 1,4 × ${formatKr(base)} = ${formatKr(e)}`,
      C.EIENDELER_CALC,
      neg(base.minus(e)),
    );
    paid = e;
  }
  if (item.market_value_after !== undefined) {
    if (item.new_price === undefined) throw missingFact(claim, item, 'new_price', 'the maximum «nyprisen før skaden, fratrukket markedsverdien etter skaden» (Erstatningsregler Eiendeler 6.2)');
    const most = item.new_price.greaterThan(item.market_value_after) ? item.new_price.minus(item.market_value_after) : ZERO;
    if (paid.greaterThan(most)) {
      l.add(`${d}: høyst nypris ${formatKr(item.new_price)} − markedsverdi etter skaden ${formatKr(item.market_value_after)} = ${formatKr(most)}`, C.EIENDELER_CALC, neg(paid.minus(most)));
    }
  }
}

/** A Decimal with two decimals and a comma: «8,46». */
function two(x: Decimal): string {
  return x.toFixed(2).replace('.', ',');
}

/** Not repaired or replaced within 3 years: the fall in market value, capped. */
function notReplaced(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  const loss = item.market_value_loss;
  if (loss === undefined) throw missingFact(claim, item, 'market_value_loss', 'an item not repaired or replaced within 3 years is paid its fall in market value (Erstatningsregler Eiendeler 6.2)');
  if (item.new_price === undefined && item.repair_cost === undefined) {
    throw missingFact(claim, item, 'new_price or repair_cost', 'the fall in market value is paid at most up to the new price or the repair cost (Erstatningsregler Eiendeler 6.2)');
  }
  l.add(`${d}: reduksjon i markedsverdien, ikke reparert/gjenanskaffet innen 3 år`, C.EIENDELER_CALC, loss);
  let most = item.new_price ?? item.repair_cost!;
  let what = item.new_price !== undefined ? 'nyprisen' : 'reparasjonskostnaden';
  if (item.repair_cost !== undefined && item.repair_cost.lessThan(most)) {
    most = item.repair_cost;
    what = 'reparasjonskostnaden';
  }
  if (loss.greaterThan(most)) l.add(`${d}: høyst ${what} ${formatKr(most)}`, C.EIENDELER_CALC, neg(loss.minus(most)));
}

/** An expense under a sub-limit (6.5, glass extras): its cost, or nothing when incurred too late. */
function expenseItem(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  const kind = item.sub_limit;
  if (kind === undefined || !SUB[kind].expense) {
    throw badFact(claim, item, 'cost', `an eiendeler item with cost is an expense under a sub_limit (${Object.entries(SUB).filter(([, s]) => s.expense).map(([k]) => k).join(', ')}); a thing has new_price`);
  }
  if (item.new_price !== undefined) throw badFact(claim, item, 'new_price', 'give cost (an expense) or new_price (a thing), not both');
  const s = SUB[kind];
  if (s.months !== undefined) {
    const by = deadline(claim, s.months);
    if (inTime(claim, item, item.repaired_on !== undefined ? { field: 'repaired_on', date: item.repaired_on } : undefined, undefined, by) === false) {
      l.note(`${d}: ${s.label} utført ${formatDateNo(item.repaired_on!)}, etter fristen ${formatDateNo(by)} (${s.months} måneder fra skadedagen) — erstattes ikke`, s.clause);
      return;
    }
  }
  l.add(`${d}: ${s.label}`, s.clause, item.cost!);
}

/** Each sub-limit caps the part of the items under it. */
function subLimits(limited: Map<SubLimit, Decimal>, l: Ledger): void {
  for (const [kind, total] of limited) {
    const s = SUB[kind];
    if (s.limit === undefined) continue;
    const limit = new Decimal(s.limit);
    if (total.greaterThan(limit)) l.add(`${s.label[0]!.toUpperCase()}${s.label.slice(1)}: høyst ${formatKr(limit)} (${formatKr(total)} før begrensningen)`, s.clause, neg(total.minus(limit)));
  }
}

/** Prisstigning etter skade: at most 20 % of the compensation for the property damage. */
function priceIncrease(claim: Claim, asked: Decimal, l: Ledger, notes: string[]): void {
  const most = pct(l.total, T.priceIncreaseMaxPercent);
  if (asked.greaterThan(most)) {
    l.add(`Prisstigning etter skade ${formatKr(asked)}, høyst 20 % av erstatningen for tingskaden (${formatKr(l.total)})`, C.EIENDELER_PRICE, most);
  } else {
    l.add('Prisstigning etter skade', C.EIENDELER_PRICE, asked);
  }
  const done = claim.replaced_on ?? claim.repaired_on;
  const by = deadline(claim, T.priceIncreaseMonths);
  if (done !== undefined && done > by) notes.push(`Prisstigning regnes for høyst 24 måneder fra skadedagen, til ${formatDateNo(by)}; gjenanskaffet/reparert ${formatDateNo(done)}.`);
}

/**
 * What is held back until it happens: each thing of the lifetime rule not yet repaired or
 * replaced (on repair/replacement within 3 years), reconstruction of archives (within 24 months),
 * and the price increase (on repair or replacement, counted for 24 months).
 */
export function pendingEiendeler(claim: Claim): { events: Pending[]; notes: string[]; floorClause: string } | undefined {
  const items = claim.items;
  // most claims have nothing that waits: no price increase, no thing of the lifetime rule, no archives
  let any = claim.price_increase !== undefined;
  for (let i = 0; !any && i < items.length; i++) {
    const item = items[i]!;
    any = item.sub_limit === 'archives' || (item.cost === undefined && isLifetimeItem(claim, item));
  }
  if (!any) return undefined;
  const events: Pending[] = [];
  const notes: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.cost !== undefined) {
      const s = item.sub_limit !== undefined ? SUB[item.sub_limit] : undefined;
      if (s?.months !== undefined && item.repaired_on === undefined) {
        events.push({ when: 'on_repair', by: deadline(claim, s.months), clause: s.clause, what: `når ${item.description} er rekonstruert`, without: (c) => withItem(c, i, { cost: ZERO }) });
      }
      continue;
    }
    if (!isLifetimeItem(claim, item) || replacedInTime(claim, item) !== undefined) continue;
    const repair = item.repair_cost !== undefined;
    if (item.market_value_loss === undefined) {
      notes.push(`${item.description}: reduksjonen i markedsverdien er ikke oppgitt (market_value_loss); det som betales nå om tingen ikke blir ${repair ? 'reparert' : 'gjenanskaffet'} innen 3 år, er regnet som kr 0.`);
    }
    events.push({
      when: repair ? 'on_repair' : 'on_replacement',
      by: deadline(claim, T.replaceYears * 12),
      clause: C.EIENDELER_CALC,
      what: `når ${item.description} er ${repair ? 'reparert' : 'gjenanskaffet'}`,
      without: (c) => withItem(c, i, { replaced_within_3y: false, replaced_on: undefined, repaired_on: undefined, market_value_loss: item.market_value_loss ?? ZERO }),
    });
  }
  if (claim.price_increase !== undefined && claim.replaced_on === undefined && claim.repaired_on === undefined) {
    events.push({
      when: 'on_replacement',
      by: deadline(claim, T.priceIncreaseMonths),
      clause: C.EIENDELER_PRICE,
      what: 'ved reparasjon/gjenanskaffelse (prisstigning)',
      without: (c) => ({ ...c, price_increase: undefined }),
    });
  }
  return { events, notes, floorClause: events.some((e) => e.clause === C.EIENDELER_CALC) ? C.EIENDELER_CALC : C.EIENDELER_PAYMENT };
}

function withItem(c: Claim, i: number, change: Partial<Item>): Claim {
  const items = c.items.slice();
  items[i] = { ...items[i]!, ...change };
  return { ...c, items };
}
