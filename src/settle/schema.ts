/**
 * The claim format: schema/claim.schema.json (JSON Schema 2020-12), checked by ajv. The schema is
 * compiled once, by `npm run schema:claim`, into ajv's standalone validation code
 * (claim-validator.generated.ts; a test keeps it in step with the schema): compiled at run time it
 * cost ~0,3 s of CPU before the first claim. The schema is the one statement of which fields each
 * product accepts, on the claim and on its items; its keyword `x-skadekalk` names how a value is
 * read, and the validator calls the reader of that kind (below) as it meets the value, so a claim
 * is checked and converted in one pass.
 *
 * Rules of the game (docs/claims.md):
 * - a field a product does not know is an error (a typo never passes silently), and so is a
 *   `__proto__`/`constructor`/`prototype` key;
 * - an empty value (`null`, `""`) is the same as leaving the field out;
 * - money is kroner with at most two decimals, other amounts decimals, never negative; a number is
 *   judged by its text: `15.000` is ambiguous and refused whether written as a number or a string
 *   (the claim readers keep the source text of numbers: core/data.ts, core/json-numbers.ts);
 * - booleans are true/false (also "true"/"false"/"ja"/"nei", as CSV gives them); dates are
 *   `2024-03-15` or `15.03.2024` and must exist; a timestamp counts by the date written in it;
 * - whether a fact is *needed* is decided by the rule that needs it (settleClaim), which names
 *   the claim, item and field when it is missing.
 *
 * Errors are one line naming the file, the claim (id, or its number in a batch), the item (index
 * and description) and the field.
 */
import claimSchema from '../../schema/claim.schema.json';
import { InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { daysInMonth, describe, parseDateValue, parseNumberValue, type IsoDate } from '../core/norsk.js';
import { claimValidator } from './claim-validator.generated.js';
import { claimError, claimLabel, itemLabel } from './errors.js';
import { PRODUCTS, type Claim, type ClaimSource, type Item, type Product } from './types.js';

type Kind = 'text' | 'money' | 'amount' | 'count' | 'date' | 'boolean' | 'enum' | 'items' | 'object';

interface Field {
  kind: Kind;
}

/** A product's fields by name (null prototype: `t['__proto__']` is undefined like any unknown key). */
type Table = Readonly<Record<string, Field | undefined>>;

export interface ProductSchema {
  claim: Table;
  /** null: the product has no items (driftstap). */
  item: Table | null;
  /** false: whether items are needed depends on the claim (a boat's total loss, an accident), decided by the rule. */
  itemsRequired?: boolean;
}

interface JsonProp {
  'x-skadekalk'?: Kind;
  $ref?: string;
  enum?: unknown[];
  type?: string | string[];
  properties?: Record<string, JsonProp>;
}
interface JsonProduct {
  required: string[];
  properties: Record<string, JsonProp>;
}
const DEFS = (claimSchema as unknown as { $defs: Record<string, JsonProduct & JsonProp> }).$defs;

function kindOf(p: JsonProp): Kind {
  if (p.$ref !== undefined) return kindOf(DEFS[p.$ref.slice('#/$defs/'.length)]!);
  if (p['x-skadekalk'] !== undefined) return p['x-skadekalk'];
  if (p.enum !== undefined) return 'enum';
  if (p.type === 'array') return 'items';
  return 'object';
}

function tableOf(props: Record<string, JsonProp>): Table {
  const t = Object.create(null) as Record<string, Field>;
  for (const [name, p] of Object.entries(props)) t[name] = { kind: kindOf(p) };
  return Object.freeze(t);
}

/** The fields of every product, from the JSON Schema (the CSV batch reader maps columns by them). */
export const SCHEMA: Readonly<Record<Product, ProductSchema>> = (() => {
  const out = {} as Record<Product, ProductSchema>;
  for (const p of PRODUCTS) {
    const def = DEFS[p]!;
    const item = DEFS[`${p}_item`];
    out[p] = { claim: tableOf(def.properties), item: item ? tableOf(item.properties) : null, itemsRequired: def.required.includes('items') || item === undefined ? undefined : false };
  }
  return out;
})();

const RENT_LOSS = tableOf(DEFS.bygning!.properties.rent_loss!.properties!);

const PRODUCT_SET: Readonly<Record<string, true>> = (() => {
  const s = Object.create(null) as Record<string, true>;
  for (const p of PRODUCTS) s[p] = true;
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Value readers (the kinds of x-skadekalk). They throw InputError with only a detail.

/** A plain machine decimal with at most two decimals (money) or any decimals (amounts). */
const PLAIN_MONEY = /^\d{1,15}(?:\.\d{1,2})?$/;
const PLAIN_AMOUNT = /^\d{1,15}(?:\.\d{1,5})?$/;
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

function readNumber(v: unknown, money: boolean): Decimal {
  if (typeof v === 'string') {
    const int = plainInteger(v);
    if (int >= 0 && int < 1e7) return new Decimal(int);
    const hit = seen.get(v);
    if (hit !== undefined) return hit;
    if ((money ? PLAIN_MONEY : PLAIN_AMOUNT).test(v) && !DOT_THOUSANDS.test(v)) {
      const d = new Decimal(v);
      if (seen.size >= SEEN_MAX) seen.clear();
      seen.set(v, d);
      return d;
    }
  } else if (typeof v === 'number') {
    if (v >= 0 && Number.isSafeInteger(v)) return new Decimal(v);
  }
  return parseNumberValue(v, { money });
}

function readCount(v: unknown): number {
  const d = readNumber(v, false);
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
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

/** `YYYY-MM-DD` at the start of `v`, checked without regular expressions; '' when it is not one. */
function isoPrefix(v: string): IsoDate | '' {
  if (v.length < 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return '';
  const y0 = digit(v, 0), y1 = digit(v, 1), y2 = digit(v, 2), y3 = digit(v, 3);
  const m0 = digit(v, 5), m1 = digit(v, 6), d0 = digit(v, 8), d1 = digit(v, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return '';
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return '';
  return v.length === 10 ? v : v.slice(0, 10);
}

/**
 * A timestamp `2024-03-15T23:30:00-08:00` (or with a space): its date as written, no time-zone
 * conversion. The time must be one (hour 0–23, minutes 0–59, a leap second at most, an offset
 * of at most 14 hours): `T25:00` is a typo, refused like any other.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[Tt]|[ \t]+)(?:[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d*)?)?(?:[ \t]*(?:Z|[-+](?:0?\d|1[0-4])(?::?[0-5]\d)?))?$/;

function readDate(v: unknown): IsoDate {
  if (typeof v === 'string') {
    if (v.length === 10) {
      const d = isoPrefix(v);
      if (d !== '') return d;
    } else if (v.length > 10 && TIMESTAMP.test(v)) {
      const d = isoPrefix(v);
      if (d !== '') return d;
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

const READ: Readonly<Record<string, (v: unknown) => unknown>> = {
  money: (v) => readNumber(v, true),
  amount: (v) => readNumber(v, false),
  count: readCount,
  date: readDate,
  boolean: readBool,
  text: readText,
};

// ---------------------------------------------------------------------------------------------
// The validator: x-skadekalk reads the value in place (of the claim's copy).

/** Read a value of an x-skadekalk kind into parent[key]; why it is not one, or undefined. */
function readValue(kind: string, data: unknown, parent: Record<string, unknown>, key: string): string | undefined {
  try {
    parent[key] = READ[kind]!(data);
    return undefined;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.detail;
  }
}

const validate = claimValidator(readValue);

interface ErrorObject {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

// ---------------------------------------------------------------------------------------------
// The claim's copy: the validator converts values in place, and a caller's object is never changed
// — unless the caller owns it (a batch's parsed record, dropped after settling): copying ~15
// fields and the garbage of two objects per claim was a tenth of a batch's time.

const FORBIDDEN = (k: string) => k === '__proto__' || k === 'constructor' || k === 'prototype';

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

/** A copy of a mapping without its empty values (null, ""); a forbidden key is reported at `path`. */
function copyMapping(raw: Record<string, unknown>, path: string, bad: { path: string } | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // for…in: a key inherited from a polluted prototype is copied as an own key, and so refused as unknown
  for (const key in raw) {
    const v = raw[key];
    if (FORBIDDEN(key)) {
      if (bad !== null) bad.path = `${path}/${key}`;
      continue;
    }
    if (v === null || v === undefined || v === '') continue;
    out[key] = v;
  }
  return out;
}

function copyClaim(raw: Record<string, unknown>, bad: { path: string }): Record<string, unknown> {
  const c = copyMapping(raw, '', bad);
  const items = c.items;
  if (Array.isArray(items)) {
    const copy = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      copy[i] = isMapping(it) ? copyMapping(it, `/items/${i}`, bad) : it;
    }
    c.items = copy;
  }
  if (isMapping(c.rent_loss)) c.rent_loss = copyMapping(c.rent_loss, '/rent_loss', bad);
  return c;
}

/**
 * The owned value made like a copy, in place: an empty value of a known field becomes undefined
 * (the object keeps its shape, and ajv reads undefined as left out), an empty unknown field is
 * deleted (a copy drops it too), a forbidden key is reported at `path`.
 */
function clearMapping(o: Record<string, unknown>, known: Table, path: string, bad: { path: string }): void {
  for (const key in o) {
    if (FORBIDDEN(key)) {
      bad.path = `${path}/${key}`;
      continue;
    }
    const v = o[key];
    if (v !== null && v !== undefined && v !== '') continue;
    if (known[key] !== undefined) o[key] = undefined;
    else delete o[key];
  }
}

/**
 * The owned claim cleared in place. A mapping that appears twice (a YAML alias: `- *pc`) is one
 * object; converted in place at its first place it would reach the second already converted, so
 * every later appearance becomes a copy.
 */
function clearClaim(raw: Record<string, unknown>, schema: ProductSchema, bad: { path: string }): Record<string, unknown> {
  clearMapping(raw, schema.claim, '', bad);
  const items = raw.items;
  let seen: Set<unknown> | undefined;
  if (Array.isArray(items) && schema.item !== null) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (!isMapping(it)) continue;
      const path = `/items/${i}`;
      // the commonest batch claim has one item: no set for it
      if (i > 0) {
        seen ??= new Set(items.slice(0, i));
        if (seen.has(it)) {
          items[i] = copyMapping(it, path, bad);
          continue;
        }
        seen.add(it);
      }
      clearMapping(it, schema.item, path, bad);
    }
  }
  const rent = raw.rent_loss;
  if (isMapping(rent)) {
    if (rent === raw || (Array.isArray(items) && items.includes(rent))) raw.rent_loss = copyMapping(rent, '/rent_loss', bad);
    else clearMapping(rent, RENT_LOSS, '/rent_loss', bad);
  }
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Errors: ajv's first error as one line naming claim, item and field.

/** Why a required field is needed, for «missing; …». */
function whyRequired(field: string, product: Product): string {
  if (field === 'date') return 'the loss date (skadedato), e.g. 2024-03-15';
  if (field === 'description') return 'every item needs a description';
  if (field === 'items') return `a ${product} claim lists its items`;
  return 'required';
}

const EXPECTED: Readonly<Record<Kind, string>> = {
  text: 'text',
  money: 'an amount in kroner',
  amount: 'a number',
  count: 'a whole number',
  date: 'a date like 2024-03-15',
  boolean: 'true or false',
  enum: 'one of the listed values',
  items: 'a list of items',
  object: 'a mapping',
};

function fieldList(t: Table): string {
  return Object.keys(t).join(', ');
}

function errorOf(e: ErrorObject, claim: Record<string, unknown>, product: Product, id: string | undefined, source: ClaimSource): InputError {
  const parts = e.instancePath.split('/').slice(1);
  const schema = SCHEMA[product];
  let item: string | undefined;
  let table: Table = schema.claim;
  let field: string[] = [];
  if (parts[0] === 'items' && parts.length >= 2) {
    const i = Number(parts[1]);
    item = itemLabel(i, descriptionOf((claim.items as unknown[])[i]));
    table = schema.item!;
    field = parts.slice(2);
  } else {
    field = parts;
    if (parts[0] === 'rent_loss' && parts.length === 2) table = RENT_LOSS;
  }
  let detail: string;
  const value = valueAt(claim, parts);
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      field = field.concat(missing);
      detail = `missing; ${whyRequired(missing, product)}`;
      break;
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      field = field.concat(key);
      const nested = field.length > 1 ? DEFS[product]!.properties[field[0]!]?.properties : undefined;
      const known = nested ? Object.keys(nested).join(', ') : fieldList(table);
      detail = `unknown field for ${product}${item !== undefined ? ' items' : ''}; expected one of ${known}`;
      break;
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).filter((v) => v !== null);
      detail = `expected one of ${allowed.join(', ')}, got ${describe(value)}`;
      break;
    }
    case 'type': {
      const name = field[field.length - 1];
      const kind = name === undefined ? 'object' : name === 'items' && item === undefined ? 'items' : (table[name]?.kind ?? 'object');
      if (parts.length === 2 && parts[0] === 'items') detail = `expected an item mapping (${fieldList(schema.item!)}), got ${describe(value)}`;
      else if (kind === 'object') detail = `expected a mapping, got ${describe(value)}`;
      else detail = `expected ${EXPECTED[kind]}, got ${describe(value)}`;
      break;
    }
    case 'minItems':
      detail = 'expected at least one item, got an empty list';
      break;
    case 'x-skadekalk':
      detail = String(e.params.detail);
      break;
    default:
      detail = e.message ?? 'invalid';
  }
  return claimError(id, source, item, field.length > 0 ? field.join('.') : undefined, detail);
}

function descriptionOf(item: unknown): string | undefined {
  const d = isMapping(item) ? item.description : undefined;
  return typeof d === 'string' && d.trim() !== '' ? d.trim() : undefined;
}

function valueAt(root: unknown, parts: string[]): unknown {
  let v = root;
  for (const p of parts) v = isMapping(v) || Array.isArray(v) ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

// ---------------------------------------------------------------------------------------------

export interface ValidateOptions {
  /**
   * The caller hands the parsed value over (and drops it): it becomes the Claim, converted in
   * place, instead of a copy. Otherwise the value given is never changed.
   */
  owned?: boolean;
}

/**
 * Validate one claim (a parsed YAML/JSON value) against the schema of its product. Throws an
 * InputError naming the file, the claim (id or number), the item and the field.
 */
export function validateClaim(raw: unknown, where?: ClaimSource, opts?: ValidateOptions): Claim {
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

  const bad = { path: '' };
  const claim = opts?.owned === true ? clearClaim(raw, SCHEMA[product], bad) : copyClaim(raw, bad);
  if (bad.path !== '') {
    const parts = bad.path.split('/').slice(1);
    const key = parts.pop()!;
    const item = parts[0] === 'items' ? itemLabel(Number(parts[1]), descriptionOf((claim.items as unknown[])[Number(parts[1])])) : undefined;
    throw claimError(id, source, item, parts[0] === 'rent_loss' ? `rent_loss.${key}` : key, `key "${key}" is not allowed`);
  }
  claim.product = product;
  if (!validate(claim)) throw errorOf(validate.errors![0]!, claim, product, id, source);
  const items = claim.items as Item[] | undefined;
  if (items === undefined) claim.items = [];
  else for (let i = 0; i < items.length; i++) items[i]!.index = i;
  claim.source = source;
  return claim as unknown as Claim;
}

export { claimLabel };
