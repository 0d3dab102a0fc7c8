/**
 * skadekalk as a library: `import { parsePolicy, loadClaim, settleClaim, … } from 'skadekalk'`.
 *
 * The same engine as the command line, for a claims platform that would rather call it than
 * start a process per claim: read a policy document, validate a claim, settle it, show the
 * statement, compute natural-damage premiums and G amounts, check a renewal — all against the
 * built-in dated parameter tables or tables of your own. Amounts are Decimal (decimal.js);
 * `settlementToData` and friends give the machine form the CLI writes as JSON.
 *
 * Bad input throws an InputError (`err.message` names the file, field and what was expected);
 * nothing here reads a file, writes to the terminal or exits the process.
 */
import { parseDocument } from './core/data.js';
import { InputError } from './core/errors.js';
import { Decimal, type DecimalInput } from './core/money.js';
import { parseNumberValue, todayIso, type IsoDate } from './core/norsk.js';
import { policyFromBytes } from './model/load.js';
import { fireSums } from './model/fire-sums.js';
import type { Policy } from './model/policy.js';
import { builtInTables, lookup, mergeParams, type Tables } from './params/tables.js';
import { gAmount as gAmountOf, gToData, type GResult } from './premiums/g.js';
import { naturskadePremium as naturskadeOf, naturskadeToData, type FireSumObject, type NaturskadeResult } from './premiums/naturskade.js';
import { renewal, type RenewalInput } from './renewal/renewal.js';
import { renewalToData } from './renewal/data.js';
import type { RenewalResult } from './renewal/types.js';
import { renderSettlementText, settleClaim as settle, validateClaim, type Claim, type Settlement } from './settle/index.js';
import { DEFAULT_WIDTH, escapeControls, fitToWidth, loadWidthLibrary, needsWidthLibrary } from './render/text.js';

export { SkadekalkError, InputError, UsageError, CheckFailed } from './core/errors.js';
export { Decimal } from './core/money.js';
export { settlementToData, settlementToJson, PRODUCTS } from './settle/index.js';
export { gToData, naturskadeToData, renewalToData };
export { toYaml } from './render/yaml.js';
export type { Policy } from './model/policy.js';
export type { Claim, Item, Product, Settlement, Step } from './settle/index.js';
export type { Tables, ParamTable } from './params/tables.js';
export type { GResult } from './premiums/g.js';
export type { NaturskadeResult } from './premiums/naturskade.js';
export type { RenewalResult } from './renewal/types.js';

/**
 * A policy from a document: the bytes (or text) of a PDF, a text forsikringsbevis or renewal
 * letter, or a policy YAML/JSON as `skadekalk parse` writes it (validated, not parsed again).
 * `name` is what messages and the model's `source.file` call it.
 */
export async function parsePolicy(input: Uint8Array | string, opts: { name?: string; trace?: boolean } = {}): Promise<Policy> {
  const data = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  return policyFromBytes(data, opts.name ?? '<input>', { trace: opts.trace === true });
}

/** A validated claim from YAML or JSON text, or from an object already parsed. */
export function loadClaim(input: string | object, opts: { name?: string } = {}): Claim {
  const name = opts.name ?? '<claim>';
  // text: numbers judged as written (`15.000` is refused, not read as 15), the parsed value owned here
  if (typeof input === 'string') return validateClaim(parseDocument(input, name, { numbers: 'source' }), { file: name }, { owned: true });
  return validateClaim(input, { file: name });
}

/**
 * The parameter tables: the built-in ones (G, natural-damage rates, index rates, each value
 * with its source), with a parameter document over them when one is given (YAML/JSON text or
 * an object, as `--params FILE` takes it).
 */
export function parameterTables(params?: string | object, opts: { name?: string } = {}): Tables {
  const base = builtInTables();
  if (params === undefined) return base;
  const name = opts.name ?? '<params>';
  return mergeParams(base, typeof params === 'string' ? parseDocument(params, name) : params, name);
}

export interface SettleOptions {
  /** The parameter tables (default: the built-in ones). */
  tables?: Tables;
  /** The policy whose coverage gives the deductible and sum insured a claim does not state. */
  policy?: Policy;
  /** yrkesskade: the policy's stated G instead of the G on the settlement date. */
  gFromPolicy?: boolean;
}

/** Settle a claim: every step with its amount and the clause it applies; the payout. */
export function settleClaim(claim: Claim, opts: SettleOptions = {}): Settlement {
  return settle(claim, {
    tables: opts.tables ?? builtInTables(),
    ...(opts.policy !== undefined ? { policy: opts.policy, policyFile: opts.policy.source.file } : {}),
    ...(opts.gFromPolicy ? { gFromPolicy: true } : {}),
  });
}

/**
 * The statement for people, in Norwegian, as `skadekalk settle` writes it without colour:
 * `width` columns at most (default 80), control characters of the claim's text shown escaped.
 */
export async function renderSettlement(s: Settlement, opts: { width?: number } = {}): Promise<string> {
  const width = opts.width ?? DEFAULT_WIDTH;
  let text = renderSettlementText(s, { bold: (x) => x, width });
  if (needsWidthLibrary(text)) {
    await loadWidthLibrary();
    text = renderSettlementText(s, { bold: (x) => x, width });
  }
  return fitToWidth(escapeControls(text), width);
}

/** An amount given as a Decimal, a number or a decimal string; an InputError naming `what` otherwise. */
function amount(x: DecimalInput, what: string): Decimal {
  if (x instanceof Decimal) return x;
  try {
    return parseNumberValue(x);
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, { field: what }) : e;
  }
}

/**
 * The natural-damage premium (fire sum × rate ‰, per object, each rounded to øre): the rate
 * `ratePermille` when given, else the table's for `year` (default: this year).
 */
export function naturskadePremium(
  objects: Array<{ name: string; fireSum: DecimalInput }>,
  opts: { year?: number; ratePermille?: DecimalInput; tables?: Tables } = {},
): NaturskadeResult {
  const list: FireSumObject[] = objects.map((o, i) => ({ name: o.name, fireSum: amount(o.fireSum, `objects[${i}].fireSum`) }));
  if (opts.ratePermille !== undefined) {
    return naturskadeOf(list, { permille: amount(opts.ratePermille, 'ratePermille'), year: opts.year ?? null, source: 'ratePermille' });
  }
  const year = opts.year ?? +todayIso().slice(0, 4);
  const found = lookup((opts.tables ?? builtInTables()).naturskade, `${year}-01-01`, 'the naturskade rate', String(year));
  return naturskadeOf(list, { permille: found.value, year, source: found.source });
}

/** The fire sums of a policy's coverages (what `naturskade --policy` takes). */
export function policyFireSums(policy: Policy): Array<{ name: string; fireSum: Decimal }> {
  return fireSums(policy);
}

/** `multiple` × the G in force on `date` (ISO `2024-06-01`; default today). */
export function gAmount(multiple: DecimalInput, opts: { date?: IsoDate; tables?: Tables } = {}): GResult {
  return gAmountOf(opts.tables ?? builtInTables(), amount(multiple, 'multiple'), opts.date ?? todayIso());
}

/**
 * A renewal projection from last year's schedule (`old`), the renewal letter and the tables;
 * with `next` (the new schedule), a check of it: `discrepancies` lists what does not follow.
 */
export function checkRenewal(input: Omit<RenewalInput, 'tables'> & { tables?: Tables }): RenewalResult {
  return renewal({ ...input, tables: input.tables ?? builtInTables() });
}
