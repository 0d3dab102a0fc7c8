/**
 * The claim schema (DESIGN §3): ONE declarative table of the fields each product accepts, on the
 * claim and on its items, interpreted by one small validator.
 *
 * Why not a schema library: `settle --batch` streams a million claims and must stay within the
 * time of a plain decimal.js loop (DESIGN §7); the tables here are built once at load, the
 * validator allocates only the Claim it returns, builds no closures or regular expressions per
 * claim, and turns plain machine decimals («18000», "18000.50") into Decimal without the full
 * Norwegian-number reader (which it still uses for «18 000», «kr 10.000,-» …).
 *
 * Rules of the game:
 * - a field a product does not know is an error (a typo never passes silently), and so is a
 *   `__proto__`/`constructor` key — the tables have no prototype, so no key can reach one;
 * - an empty value (`null`, `""`) is the same as leaving the field out;
 * - amounts are numbers or decimal strings, never negative; booleans are true/false (also the
 *   strings "true"/"false"/"ja"/"nei", as CSV gives them); dates are `2024-03-15` or `15.03.2024`
 *   and must exist;
 * - whether a fact is *needed* is decided by the rule that needs it (settleClaim), which names
 *   the claim, item and field when it is missing.
 */
import { InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { daysInMonth, describe, parseDateValue, parseNumberValue, type IsoDate } from '../core/norsk.js';
import { claimError, claimLabel, itemLabel } from './errors.js';
import { PRODUCTS, type Claim, type ClaimSource, type Item, type Product } from './types.js';

type Kind = 'text' | 'money' | 'amount' | 'count' | 'bool' | 'date' | 'enum' | 'items' | 'object';

interface Field {
  kind: Kind;
  /** enum: the values, as a null-prototype set. */
  values?: Readonly<Record<string, true>>;
  valueList?: readonly string[];
  /** object: the nested fields. */
  table?: Table;
}

/** A field table: null prototype, so `table['__proto__']` is undefined like any unknown key. */
type Table = Readonly<Record<string, Field | undefined>>;

function table(spec: Record<string, Field>): Table {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Field>, spec));
}

const text: Field = { kind: 'text' };
/** Money: an amount in kroner with at most two decimals (øre). */
const money: Field = { kind: 'money' };
/** A non-negative decimal that is not money: ages, lifetimes, G multiples, days, months. */
const amount: Field = { kind: 'amount' };
const count: Field = { kind: 'count' };
const bool: Field = { kind: 'bool' };
const date: Field = { kind: 'date' };
const items: Field = { kind: 'items' };

function oneOf(...valueList: string[]): Field {
  const values = Object.create(null) as Record<string, true>;
  for (const v of valueList) values[v] = true;
  return { kind: 'enum', values, valueList };
}

function nested(spec: Record<string, Field>): Field {
  return { kind: 'object', table: table(spec) };
}

const COMMON = { id: text, product: text, date, deductible: money, sum_insured: money, policy_coverage: text, policy_object: text };
const AGE = { age_years: amount, purchased: date };

export interface ProductSchema {
  claim: Table;
  /** null: the product has no items (driftstap). */
  item: Table | null;
  /** false: whether items are needed depends on the claim (a boat's total loss, an accident), decided by the rule. */
  itemsRequired?: boolean;
}

/** The claim format of every product (DESIGN §3, «Claim facts by product»). */
export const SCHEMA: Readonly<Record<Product, ProductSchema>> = {
  eiendeler: {
    claim: table({ ...COMMON, coverage: text, items, price_increase: money }),
    item: table({
      description: text,
      category: oneOf('elektrisk', 'handverktoy', 'it', 'annet'),
      new_price: money,
      ...AGE,
      repair_cost: money,
      used_price: money,
      lifetime_years: amount,
      building_fixture: bool,
      market_value_after: money,
      replaced_within_3y: bool,
      market_value_loss: money,
    }),
  },
  bygning: {
    claim: table({
      ...COMMON,
      coverage: text,
      items,
      breeam_upgrade: bool,
      breeam_certified_before: bool,
      vacated: bool,
      to_be_demolished: bool,
      rebuilt_within_5y: bool,
      other_purpose: bool,
      market_value_loss: money,
      market_value_before: money,
      market_value_after: money,
      first_risk: bool,
      rent_loss: nested({ monthly_rent: money, months: amount, own_premises: bool, documented_costs: money }),
    }),
    item: table({
      description: text,
      object: oneOf('fyringskjel', 'varmekabler', 'vvs', 'boblebad', 'utvendig_ror', 'varmtvannsbereder', 'varmepumpe_luft_luft'),
      cost: money,
      ...AGE,
      point_repair: bool,
      material: oneOf('plast', 'glassfiber', 'annet'),
    }),
  },
  motorvogn: {
    claim: table({
      ...COMMON,
      coverage: oneOf('kasko', 'delkasko', 'maskinskade', 'ansvar'),
      items,
      odometer_km: count,
      animal_collision: bool,
      total_weight_kg: count,
      intoxicated: bool,
      cash: bool,
      vat_paid: bool,
    }),
    item: table({ description: text, cost: money, labour: money, parts: money, vat: money, category: oneOf('elektronikk'), ...AGE }),
  },
  fritidsbat: {
    claim: table({
      ...COMMON,
      coverage: text,
      items,
      regatta: bool,
      theft: bool,
      fg_tracking_active: bool,
      total_loss: bool,
      market_value: money,
      business_use: bool,
      intoxicated: bool,
      cash: bool,
    }),
    item: table({ description: text, cost: money, labour: money, parts: money, vat: money, category: oneOf('elektronikk'), ...AGE }),
    itemsRequired: false,
  },
  arbeidsmaskin: {
    claim: table({
      ...COMMON,
      coverage: oneOf('kasko', 'maskinskade', 'ansvar', 'avbrudd', 'ulykke'),
      items,
      rolled_without_driver: bool,
      intoxicated: bool,
      cash: bool,
      vat_paid: bool,
      deceased_without_dependants: bool,
    }),
    item: table({ description: text, cost: money, labour: money, parts: money, vat: money }),
    itemsRequired: false,
  },
  driftstap: {
    claim: table({
      ...COMMON,
      coverage: text,
      daily_loss: money,
      days: amount,
      karenstid_days: amount,
      cause: oneOf('design_fault', 'material_fault', 'dimensioning_fault', 'construction_fault', 'corrosion', 'wear', 'faulty_installation', 'other'),
      fix_days: amount,
    }),
    item: null,
  },
  ansvar: {
    claim: table({ ...COMMON, coverage: oneOf('bedriftsansvar', 'produktansvar'), items }),
    item: table({ description: text, cost: money }),
  },
  yrkesskade: {
    claim: table({ id: text, product: text, date, coverage: text, items, settlement_date: date, policy_coverage: text, policy_object: text }),
    item: table({ description: text, g: amount }),
  },
  behandling: {
    claim: table({ ...COMMON, coverage: text, items, had_deductible_before: bool }),
    item: table({
      description: text,
      treatment: oneOf('fysioterapeut', 'kiropraktor', 'naprapat', 'manuellterapeut', 'osteopat', 'other'),
      date,
      cost: money,
    }),
  },
};

const PRODUCT_SET: Readonly<Record<string, true>> = (() => {
  const s = Object.create(null) as Record<string, true>;
  for (const p of PRODUCTS) s[p] = true;
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Value readers. They throw InputError with only a detail; the caller places it.

/** A plain machine decimal: digits, optionally a point and digits. */
const PLAIN_DECIMAL = /^\d{1,20}(?:\.\d{1,20})?$/;
/** `1.500` is ambiguous (thousands or a decimal?): left to the full reader, which refuses it. */
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * Decimals of plain amount strings already read. A batch repeats the same deductibles, sums and
 * prices claim after claim; a Decimal is immutable, so one can be shared. Bounded: when full it
 * is cleared and fills again with what is current.
 */
const seen = new Map<string, Decimal>();
const SEEN_MAX = 4096;

/**
 * Plain whole kroner («18000», the commonest amount in a batch) without text parsing: up to 15
 * digits a JS number holds the value exactly, and decimal.js builds a Decimal from an integer
 * below 10^7 directly. −1 when `v` is not plain digits of that size.
 */
function plainInteger(v: string): number {
  const n = v.length;
  if (n === 0 || n > 15) return -1;
  let x = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

function readAmount(v: unknown): Decimal {
  if (typeof v === 'string') {
    const int = plainInteger(v);
    if (int >= 0 && int < 1e7) return new Decimal(int);
    const hit = seen.get(v);
    if (hit !== undefined) return hit;
    if (PLAIN_DECIMAL.test(v) && !DOT_THOUSANDS.test(v)) {
      const d = new Decimal(v);
      if (seen.size >= SEEN_MAX) seen.clear();
      seen.set(v, d);
      return d;
    }
  } else if (typeof v === 'number') {
    if (v >= 0 && Number.isSafeInteger(v)) return new Decimal(v);
  }
  return parseNumberValue(v);
}

function readMoney(v: unknown): Decimal {
  const d = readAmount(v);
  if (d.decimalPlaces() > 2) throw new InputError(`expected kroner with at most two decimals (øre), got ${describe(v)}`);
  return d;
}

function readCount(v: unknown): number {
  const d = readAmount(v);
  if (!d.isInteger() || d.greaterThan(Number.MAX_SAFE_INTEGER)) throw new InputError(`expected a whole number, got ${describe(v)}`);
  return d.toNumber();
}

function readBool(v: unknown): boolean {
  if (v === true || v === false) return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === 'ja') return true;
    if (s === 'false' || s === 'nei') return false;
  }
  throw new InputError(`expected true or false, got ${describe(v)}`);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `YYYY-MM-DD` checked without regular expressions; anything else goes to the full reader. */
function readDate(v: unknown): IsoDate {
  if (typeof v === 'string' && v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const y0 = digit(v, 0), y1 = digit(v, 1), y2 = digit(v, 2), y3 = digit(v, 3);
    const m0 = digit(v, 5), m1 = digit(v, 6), d0 = digit(v, 8), d1 = digit(v, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const m = m0 * 10 + m1;
      const d = d0 * 10 + d1;
      if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return v;
    }
  }
  return parseDateValue(v);
}

function readText(v: unknown): string {
  if (typeof v === 'string') {
    const s = v.trim();
    if (s !== '') return s;
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    return String(v);
  }
  throw new InputError(`expected text, got ${describe(v)}`);
}

function readEnum(v: unknown, f: Field): string {
  if (typeof v === 'string') {
    if (f.values![v] === true) return v;
    const s = v.trim().toLowerCase();
    if (f.values![s] === true) return s;
  }
  throw new InputError(`expected one of ${f.valueList!.join(', ')}, got ${describe(v)}`);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

function fieldList(t: Table): string {
  return Object.keys(t).join(', ');
}

// ---------------------------------------------------------------------------------------------

interface Ctx {
  id: string | undefined;
  source: ClaimSource;
  product: Product;
  /** An empty item list is allowed (the rule decides whether items are needed). */
  emptyItems: boolean;
}

/**
 * Read one mapping against its table into `out`. `item` labels errors inside an item; `prefix`
 * names a nested mapping (`rent_loss.`).
 */
function readFields(raw: Record<string, unknown>, t: Table, out: Record<string, unknown>, ctx: Ctx, item: string | undefined, prefix: string, itemTable: Table | null): void {
  // for…in allocates no key list; a key inherited from a polluted prototype is just an unknown field
  for (const key in raw) {
    const f = t[key];
    if (f === undefined) {
      const what = key === '__proto__' || key === 'constructor' || key === 'prototype' ? `key "${key}" is not allowed` : `unknown field for ${ctx.product}${item !== undefined ? ' items' : ''}; expected one of ${fieldList(t)}`;
      throw claimError(ctx.id, ctx.source, item, prefix + key, what);
    }
    const v = raw[key];
    if (v === null || v === undefined || v === '') continue;
    try {
      switch (f.kind) {
        case 'money':
          out[key] = readMoney(v);
          break;
        case 'amount':
          out[key] = readAmount(v);
          break;
        case 'date':
          out[key] = readDate(v);
          break;
        case 'bool':
          out[key] = readBool(v);
          break;
        case 'enum':
          out[key] = readEnum(v, f);
          break;
        case 'text':
          out[key] = readText(v);
          break;
        case 'count':
          out[key] = readCount(v);
          break;
        case 'object': {
          if (!isMapping(v)) throw new InputError(`expected a mapping (${fieldList(f.table!)}), got ${describe(v)}`);
          const o: Record<string, unknown> = {};
          readFields(v, f.table!, o, ctx, item, `${prefix}${key}.`, null);
          out[key] = o;
          break;
        }
        case 'items':
          out[key] = readItems(v, itemTable!, ctx);
          break;
      }
    } catch (e) {
      if (e instanceof InputError && e.location === undefined) throw claimError(ctx.id, ctx.source, item, prefix + key, e.detail);
      throw e;
    }
  }
}

function readItems(v: unknown, t: Table, ctx: Ctx): Item[] {
  if (!Array.isArray(v)) throw new InputError(`expected a list of items, got ${describe(v)}`);
  if (v.length === 0 && !ctx.emptyItems) throw new InputError('expected at least one item, got an empty list');
  const out: Item[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const raw = v[i];
    if (!isMapping(raw)) throw claimError(ctx.id, ctx.source, `items[${i}]`, undefined, `expected an item mapping (${fieldList(t)}), got ${describe(raw)}`);
    const d = raw.description;
    const label = itemLabel(i, typeof d === 'string' && d.trim() !== '' ? d.trim() : undefined);
    const item = { index: i } as Item;
    readFields(raw, t, item as unknown as Record<string, unknown>, ctx, label, '', null);
    if (item.description === undefined) throw claimError(ctx.id, ctx.source, label, 'description', 'missing; every item needs a description');
    out[i] = item;
  }
  return out;
}

/**
 * Validate one claim (a parsed YAML/JSON value) against the schema of its product. Throws an
 * InputError naming the file, the claim (id or number), the item and the field.
 */
export function validateClaim(raw: unknown, where?: ClaimSource): Claim {
  // a copy: a batch may reuse one `where` object line after line
  const source: ClaimSource = where === undefined ? {} : { file: where.file, index: where.index, line: where.line };
  if (!isMapping(raw)) throw claimError(undefined, source, undefined, undefined, `expected a claim mapping (id, product, date, items …), got ${describe(raw)}${typeof raw === 'string' || Array.isArray(raw) ? '; for a file of many claims use settle --batch' : ''}`);
  let id: string | undefined;
  if (raw.id !== undefined && raw.id !== null && raw.id !== '') {
    try {
      id = readText(raw.id);
    } catch (e) {
      throw claimError(undefined, source, undefined, 'id', (e as InputError).detail);
    }
  }
  const p = raw.product;
  if (p === undefined || p === null || p === '') throw claimError(id, source, undefined, 'product', `missing; expected one of ${PRODUCTS.join(', ')}`);
  let product: Product;
  if (typeof p === 'string' && PRODUCT_SET[p] === true) product = p as Product;
  else if (typeof p === 'string' && PRODUCT_SET[p.trim().toLowerCase()] === true) product = p.trim().toLowerCase() as Product;
  else throw claimError(id, source, undefined, 'product', `unknown product ${describe(p)}; expected one of ${PRODUCTS.join(', ')}`);
  const schema = SCHEMA[product];
  const claim = { product, source, items: [] as Item[] } as unknown as Claim;
  readFields(raw, schema.claim, claim as unknown as Record<string, unknown>, { id, source, product, emptyItems: schema.itemsRequired === false }, undefined, '', schema.item);
  claim.product = product;
  if (claim.date === undefined) throw claimError(id, source, undefined, 'date', 'missing; the loss date (skadedato), e.g. 2024-03-15');
  if (schema.item !== null && schema.itemsRequired !== false && claim.items.length === 0) throw claimError(id, source, undefined, 'items', `missing; a ${product} claim lists its items`);
  return claim;
}

export { claimLabel };
