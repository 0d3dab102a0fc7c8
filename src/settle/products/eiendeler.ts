/**
 * Eiendeler — Erstatningsregler for Eiendeler 6.1, 6.2, 7 and 8
 * (gjensidige-naering-fornyelse-2024.txt, ≈ lines 1099–1204).
 *
 * Per item (6.2 «Maskiner, inventar og løsøre, bygningsmessig innredning»):
 * - new price under kr 100 000 (ex VAT): new price less the category's age deduction
 *   (elektrisk 10 %/yr from 5 yr, handverktoy 15 %/yr from 5, it 20 %/yr from 1, annet 15 %/yr
 *   from 5; never below 0). A repair cheaper than that → the repair price without age deduction;
 *   replaced with a used item → the used price without age deduction.
 * - new price kr 100 000 or more, or a building fixture (bygningsmessig innredning, same rules
 *   since the 2024 renewal): C (repair price, or new price when not repaired) in full while the
 *   age is at most 30 % of the total lifetime B; above, E = (A/B) × 1,4 × C with A = B − age,
 *   never above C; at most new price − market value after the damage («Maksimal erstatning»).
 *   Not repaired/replaced within 3 years → the fall in market value, at most the new price and
 *   the repair cost.
 * Then price increase after the damage (7: at most 20 % of the property compensation), the
 * deductible once (8), and the sum insured (6.1: «Etter fradrag av egenandel, erstattes skade
 * inntil de oppgitte summene»).
 *
 * Choices where the text leaves one (also in the README):
 * - exactly kr 100 000 follows the lifetime rule (the text says «under» / «over»; DESIGN §3 says
 *   «kr 100 000 and more»);
 * - an item with `used_price` was replaced with a used item: that price is paid, whatever a
 *   repair would have cost;
 * - C is `repair_cost` when stated (the item is repaired), else `new_price`.
 */
import { Decimal, ZERO, formatKr, formatRateNo } from '../../core/money.js';
import { ageText, agePercent, exactAge, type AgeRule } from '../age.js';
import { C } from '../clauses.js';
import { badFact, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg, pct } from '../ledger.js';
import { resolveTerms } from '../terms.js';
import type { Claim, EiendelerCategory, Item, SettleContext, Settlement } from '../types.js';

interface Category extends AgeRule {
  label: string;
}

export const CATEGORIES: Readonly<Record<EiendelerCategory, Category>> = {
  elektrisk: { from: 5, perYear: 10, max: 100, label: 'elektrisk verktøy og utstyr' },
  handverktoy: { from: 5, perYear: 15, max: 100, label: 'håndverktøy og ikke-elektronisk verktøy/utstyr' },
  it: { from: 1, perYear: 20, max: 100, label: 'datautstyr' },
  annet: { from: 5, perYear: 15, max: 100, label: 'andre maskiner, inventar og løsøre' },
};

export const LIFETIME_THRESHOLD = new Decimal(100_000);
const THIRTY_PERCENT = new Decimal('0.3');
const FACTOR = new Decimal('1.4');
const WHY_REGIME = 'it decides the rule of Erstatningsregler Eiendeler 6.2 (under kr 100 000: age deduction by category; kr 100 000 or more: lifetime rule)';
const WHY_CATEGORY = 'the age deduction of Erstatningsregler Eiendeler 6.2 depends on it (elektrisk, handverktoy, it, annet)';
const WHY_AGE = 'the age deduction of Erstatningsregler Eiendeler 6.2 needs the age';
const WHY_LIFETIME = 'items of kr 100 000 or more and building fixtures are settled by remaining lifetime (Erstatningsregler Eiendeler 6.2)';

export function settleEiendeler(claim: Claim, ctx: SettleContext): Settlement {
  const terms = resolveTerms(claim, ctx, { deductible: true, sum: true });
  const l = new Ledger();
  const items = claim.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const big = item.building_fixture === true || (item.new_price !== undefined && item.new_price.greaterThanOrEqualTo(LIFETIME_THRESHOLD));
    if (big) lifetimeItem(claim, item, l);
    else smallItem(claim, item, l);
  }
  if (claim.price_increase !== undefined) priceIncrease(claim.price_increase, l);
  l.deduct(terms.deductible!, C.EIENDELER_DEDUCTIBLE);
  l.cap(terms.sum!, C.EIENDELER_SUM);
  return finish(claim, l, terms, []);
}

/** New price under kr 100 000: the category's age deduction, or the repair/used price. */
function smallItem(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  if (item.new_price === undefined) throw missingFact(claim, item, 'new_price', WHY_REGIME);
  if (item.replaced_within_3y === false) {
    throw badFact(claim, item, 'replaced_within_3y', 'applies only to items of kr 100 000 or more and building fixtures (Erstatningsregler Eiendeler 6.2)');
  }
  if (item.used_price !== undefined) {
    l.add(`${d}: bruktpris, gjenanskaffet med brukt ting, uten aldersfradrag`, C.EIENDELER_CALC, item.used_price);
    return;
  }
  if (item.category === undefined) throw missingFact(claim, item, 'category', WHY_CATEGORY);
  const rule = CATEGORIES[item.category as EiendelerCategory];
  const newPrice = item.new_price;
  const { steps, percent } = agePercent(claim, item, rule, WHY_AGE);
  const deduction = percent > 0 ? pct(newPrice, percent) : ZERO;
  if (item.repair_cost !== undefined) {
    const value = deduction.isZero() ? newPrice : newPrice.minus(deduction);
    if (item.repair_cost.lessThan(value)) {
      const than = percent > 0 ? `nypris med ${percent} % aldersfradrag (${ageText(item)})` : 'nypris';
      l.add(`${d}: reparasjonspris, lavere enn ${than}; uten aldersfradrag`, C.EIENDELER_CALC, item.repair_cost);
      return;
    }
  }
  if (steps === 0) {
    l.add(`${d}: nypris (${rule.label}), ingen aldersfradrag (${ageText(item)}; fradrag fra ${rule.from} år)`, C.EIENDELER_CALC, newPrice);
    return;
  }
  l.add(`${d}: nypris (${rule.label})`, C.EIENDELER_CALC, newPrice);
  const capped = percent < steps * rule.perYear ? `, høyst ${rule.max} %` : '';
  l.add(`${d}: aldersfradrag ${rule.perYear} % × ${steps} påbegynte år fra ${rule.from} år (${ageText(item)}) = ${percent} %${capped}`, C.EIENDELER_CALC, neg(deduction));
}

/** New price kr 100 000 or more, or a building fixture: remaining lifetime, market value. */
function lifetimeItem(claim: Claim, item: Item, l: Ledger): void {
  const d = item.description;
  if (item.used_price !== undefined) {
    throw badFact(claim, item, 'used_price', 'applies only to items under kr 100 000 (Erstatningsregler Eiendeler 6.2); this item follows the lifetime rule');
  }
  if (item.replaced_within_3y === false) {
    notReplaced(claim, item, l);
    return;
  }
  const base = item.repair_cost ?? item.new_price;
  if (base === undefined) throw missingFact(claim, item, 'repair_cost or new_price', 'C (reparasjonspris/nypris) of Erstatningsregler Eiendeler 6.2');
  const lifetime = item.lifetime_years;
  if (lifetime === undefined) throw missingFact(claim, item, 'lifetime_years', WHY_LIFETIME);
  if (lifetime.isZero()) throw badFact(claim, item, 'lifetime_years', 'expected a total lifetime above zero');
  const age = exactAge(claim, item, WHY_LIFETIME);
  const what = item.repair_cost !== undefined ? 'reparasjonspris' : 'nypris';
  const B = formatRateNo(lifetime);
  let paid = base;
  if (age.lessThanOrEqualTo(lifetime.times(THIRTY_PERCENT))) {
    l.add(`${d}: ${what}, alder (${ageText(item)}) høyst 30 % av brukstid ${B} år: ingen fradrag`, C.EIENDELER_CALC, base);
  } else {
    l.add(`${d}: ${what}`, C.EIENDELER_CALC, base);
    const remaining = lifetime.greaterThan(age) ? lifetime.minus(age) : ZERO;
    let e = remaining.dividedBy(lifetime).times(FACTOR).times(base).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (e.greaterThan(base)) e = base;
    const rounded = remaining.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const A = `${rounded.equals(remaining) ? '' : '≈'}${formatRateNo(rounded)}`;
    l.add(
      `${d}: alder (${ageText(item)}) over 30 % av brukstid: E = (A/B) × 1,4 × C = (${A}/${B}) × 1,4 × ${formatKr(base)} = ${formatKr(e)}`,
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

/** Prisstigning etter skade: at most 20 % of the compensation for the property damage. */
function priceIncrease(asked: Decimal, l: Ledger): void {
  const most = pct(l.total, 20);
  if (asked.greaterThan(most)) {
    l.add(`Prisstigning etter skade ${formatKr(asked)}, høyst 20 % av erstatningen for tingskaden (${formatKr(l.total)})`, C.EIENDELER_PRICE, most);
  } else {
    l.add('Prisstigning etter skade', C.EIENDELER_PRICE, asked);
  }
}
